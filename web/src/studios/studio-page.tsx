/**
 * One studio's page: what it does, and whether this server has it. The page follows the server's
 * pipeline list, so installing a pipeline makes its studio usable without a new web build.
 */
import { ApiErrorMessage } from '../components/api-error-message.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { Link } from '../router.tsx';
import { StartJobForm } from './start-job-form.tsx';
import { StudioEmblem } from './studio-emblem.tsx';
import { StudioAvailability, studioStatus } from './studio-availability.tsx';
import type { Studio } from './studio-catalogue.ts';
import { useInstalledPipelines } from './use-installed-pipelines.ts';

export function StudioPage({ studio }: { studio: Studio }) {
  usePageTitle(studio.title);
  const pipelines = useInstalledPipelines();
  const status = studioStatus(pipelines, studio.pipelineId);
  const pipeline = pipelines.data?.find((candidate) => candidate.id === studio.pipelineId);

  return (
    <article className={`studio studio--${studio.pipelineId}`}>
      <header className="page-header">
        <StudioEmblem pipelineId={studio.pipelineId} className="studio__emblem" />
        <div>
          <h1>{studio.title}</h1>
          <p className="page-header__lead">{studio.summary}</p>
        </div>
      </header>

      <section className="card" aria-labelledby="studio-what">
        <h2 id="studio-what">What it does</h2>
        <div className="two-columns">
          <div>
            <h3>You bring</h3>
            <ul className="tick-list">
              {studio.takes.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </div>
          <div>
            <h3>You get</h3>
            <ul className="tick-list">
              {studio.gives.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </div>
        </div>
      </section>

      <section className="card" aria-labelledby="studio-here" aria-live="polite">
        <h2 id="studio-here">On this server</h2>
        <StudioAvailability status={status} />
        {status === 'missing' ? (
          <p>
            This server does not offer the <code>{studio.pipelineId}</code> pipeline, so the {studio.title} studio
            cannot run here. Once the server’s administrator installs it, this page lets you start it.{' '}
            <Link href="/settings">See what this server offers</Link>.
          </p>
        ) : null}
        {pipeline ? <p>{pipeline.description}</p> : null}
        {pipelines.error ? <ApiErrorMessage error={pipelines.error} /> : null}
      </section>

      {pipeline ? <StartJobForm pipeline={pipeline} /> : null}
    </article>
  );
}
