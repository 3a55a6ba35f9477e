/** The front door: the four studios, each marked installed or not by the server's pipeline list. */
import { ApiErrorMessage } from '../components/api-error-message.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { RecentRow } from '../library/recent-row.tsx';
import { Link } from '../router.tsx';
import { studios } from '../studios/studio-catalogue.ts';
import { useInstalledPipelines } from '../studios/use-installed-pipelines.ts';
import { StudioAvailability, studioStatus } from '../studios/studio-availability.tsx';
import { StudioEmblem } from '../studios/studio-emblem.tsx';

export function HomePage() {
  usePageTitle('');
  const pipelines = useInstalledPipelines();

  return (
    <>
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">Make something tonight</h1>
        <p className="hero__lead">
          Kiln is your own media studio. Pick a studio to start; every job runs on this server and you can follow it
          step by step.
        </p>
      </section>

      {pipelines.error ? <ApiErrorMessage error={pipelines.error} action="Could not check which studios are installed" /> : null}

      <section aria-labelledby="studios-title">
        <h2 id="studios-title" className="visually-hidden">
          Studios
        </h2>
        <ul className="studio-grid">
          {studios.map((studio) => (
            <li key={studio.pipelineId} className={`studio-card studio-card--${studio.pipelineId}`}>
              <StudioEmblem pipelineId={studio.pipelineId} className="studio-card__emblem" />
              <h3 className="studio-card__title">
                <Link href={studio.path} className="studio-card__link">
                  {studio.title}
                </Link>
              </h3>
              <p className="studio-card__summary">{studio.summary}</p>
              <StudioAvailability status={studioStatus(pipelines, studio.pipelineId)} />
            </li>
          ))}
        </ul>
      </section>

      {/* After the studios: a keyboard user reaches the four studios first, as on every visit. */}
      <RecentRow />

      <section className="home-footer-links" aria-label="More">
        <p className="home-connect-line" data-testid="connect-model-server">
          Until you connect a model server (Ollama, ComfyUI, AUTOMATIC1111…) on the <Link href="/settings">Settings</Link> page, stories,
          pictures and voices come from built-in procedural code, not AI.
        </p>
        <p>
          Want to see what this server can do? <Link href="/settings">Check its backends</Link> or{' '}
          <Link href="/jobs">look at your jobs</Link>.
        </p>
      </section>
    </>
  );
}
