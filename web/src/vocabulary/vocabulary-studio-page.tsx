/**
 * The Vocabulary studio: upload a stream's subtitles or recording, follow the analysis, then study
 * the list: search, filters, marking words learning or known, exports. The job being followed sits
 * in the address (`?job=`), so a reload comes back to it.
 */
import { useCallback, useEffect, useState } from 'react';
import { asApiError, type ApiError } from '../api/api-error.ts';
import type { Job } from '../api/api-types.ts';
import { watchJob } from '../api/watch-job.ts';
import { CancelJobButton } from '../components/cancel-job-button.tsx';
import { useFocusOnStart } from '../components/use-focus-on-start.ts';
import { MadeByNotice } from '../components/made-by-notice.tsx';
import { ApiErrorMessage } from '../components/api-error-message.tsx';
import { ProgressBar } from '../components/progress-bar.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { StudioEmblem } from '../studios/studio-emblem.tsx';
import { AttachRecordingForm } from './attach-recording-form.tsx';
import { KnownWordsForm } from './known-words-form.tsx';
import { NotionConnectionForm } from './notion-connection-form.tsx';
import { StreamLinks } from './stream-links.tsx';
import { vocabularyApi, type DictionaryInfo, type NotionConnectionStatus, type StreamRecord, type VocabularyEntry, type VocabularyFilter } from './vocabulary-api.ts';
import { VocabularyTable } from './vocabulary-table.tsx';
import { VocabularyUploadForm } from './vocabulary-upload-form.tsx';
import './vocabulary.css';

const jobFromAddress = () => new URLSearchParams(window.location.search).get('job') ?? undefined;
/** The job section's heading: an export or a send is not an analysis. */
const jobHeadings: Record<string, string> = { vocabulary: 'Analysis', 'vocabulary-export': 'Export', 'vocabulary-sync': 'Sending the words' };
/** The progress bar's name says what runs, as the heading does. */
const progressLabels: Record<string, string> = { vocabulary: 'Analysis progress', 'vocabulary-export': 'Export progress', 'vocabulary-sync': 'Sending progress' };

export function VocabularyStudioPage() {
  usePageTitle('Vocabulary');
  const [filter, setFilter] = useState<VocabularyFilter>({});
  const [list, setList] = useState<{ items: VocabularyEntry[]; total: number }>();
  const [streams, setStreams] = useState<StreamRecord[]>([]);
  const [error, setError] = useState<ApiError>();
  const [jobId, setJobId] = useState(jobFromAddress);
  const [job, setJob] = useState<Job>();
  const jobHeading = useFocusOnStart(jobId);
  // What was started here, for the heading before the job's first snapshot arrives.
  const [startedPipeline, setStartedPipeline] = useState<string>();
  const [announcement, setAnnouncement] = useState('');
  const [notice, setNotice] = useState('');
  const [generation, setGeneration] = useState(0);
  const [dictionary, setDictionary] = useState<DictionaryInfo>();
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  // Anki and the server's Notion are the operator's accounts: other users' buttons would only answer 403.
  const [administrator, setAdministrator] = useState(true);

  // The user's own Notion, which anyone may connect: "Send to Notion" then writes there.
  const [notion, setNotion] = useState<NotionConnectionStatus>();

  useEffect(() => {
    const controller = new AbortController();
    vocabularyApi.isAdministrator(controller.signal).then(setAdministrator, () => undefined);
    vocabularyApi.notionConnection(controller.signal).then(setNotion, () => undefined);
    return () => controller.abort();
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    vocabularyApi.list(filter, controller.signal).then((answer) => { setList(answer); setError(undefined); }, (reason) => !controller.signal.aborted && setError(asApiError(reason)));
    vocabularyApi.streams(controller.signal).then(setStreams, () => undefined);
    return () => controller.abort();
  }, [filter, generation]);

  useEffect(() => {
    const controller = new AbortController();
    vocabularyApi.dictionary(controller.signal).then(setDictionary, () => undefined);
    return () => controller.abort();
  }, []);

  useEffect(() => {
    if (!jobId) return;
    return watchJob(jobId, {
      onJob: setJob,
      onEvent: (event) => {
        if (event.type === 'job-end') { setAnnouncement('The job is done.'); reload(); }
        if (event.type === 'job-error') setAnnouncement(`The job failed: ${event.message}`);
      },
      onError: setError,
    });
  }, [jobId, reload]);

  function started(started: Job) {
    window.history.pushState(null, '', `/vocabulary?job=${encodeURIComponent(started.id)}`);
    setJob(undefined);
    setStartedPipeline(started.pipeline);
    setJobId(started.id);
    setAnnouncement(started.pipeline === 'vocabulary' ? 'The analysis has started.' : `${jobHeadings[started.pipeline] ?? 'The job'} has started.`);
  }

  async function mark(entry: VocabularyEntry, status: VocabularyEntry['status']) {
    try {
      await vocabularyApi.setStatus(entry.id, status);
      setAnnouncement(`${entry.expression} is now ${status}.`);
      reload();
    } catch (reason) { setError(asApiError(reason)); }
  }

  async function exportFile(format: 'csv' | 'apkg' | 'pdf' | 'posts') {
    try { started(await vocabularyApi.startExport(format, filter)); } catch (reason) { setError(asApiError(reason)); }
  }

  async function download(file: { assetId: string; fileName: string }) {
    try { await vocabularyApi.download(file.assetId, file.fileName); } catch (reason) { setError(asApiError(reason)); }
  }

  async function sync(to: 'anki' | 'notion') {
    try { started(await vocabularyApi.sync(to)); } catch (reason) { setError(asApiError(reason)); }
  }

  const latest = streams[0];
  const runningPipeline = job?.pipeline ?? startedPipeline ?? 'vocabulary';
  return (
    <article className="studio studio--vocabulary vocabulary-studio">
      <header className="page-header">
        <StudioEmblem pipelineId="vocabulary" className="studio__emblem" />
        <div>
          <h1>Vocabulary</h1>
          <p className="page-header__lead">The slang, stream terms and grammar of Japanese streams, with the moment each was said.</p>
          <p><a href="/vocabulary/live">Live bilingual mode for streamers →</a></p>
          <p><a href="/vocabulary/shorts">Shorts, chapters and edit points from a recording →</a></p>
        </div>
      </header>
      {dictionary?.kind === 'none' ? (
        <p className="notice" role="status">
          No dictionary is installed, so ordinary words get no English meaning (slang and stream terms from the glossary still do): {dictionary.advice}.
        </p>
      ) : dictionary?.label ? <p className="vocabulary-dictionary">Meanings from {dictionary.label}.</p> : null}
      <p className="visually-hidden" aria-live="polite">{announcement}</p>
      <VocabularyUploadForm onStarted={started} />
      {jobId ? (
        <section className="card" aria-labelledby="vocabulary-job-title">
          <h2 id="vocabulary-job-title" ref={jobHeading} tabIndex={-1}>{jobHeadings[runningPipeline] ?? 'Analysis'}</h2>
          <CancelJobButton job={job} what="this job" />
          <ProgressBar value={job?.progress ?? 0} label={progressLabels[runningPipeline] ?? 'Job progress'} tone={job?.state === 'failed' ? 'failed' : job?.state === 'succeeded' ? 'done' : 'active'} />
          {job?.error ? <div className="notice notice--error" role="alert"><p>{job.error.message}</p></div> : null}
          {job ? <MadeByNotice steps={job.steps} /> : null}
          {job?.state === 'succeeded' && job.pipeline === 'vocabulary' ? <p>Found {(job.output as { items: number }).items} expressions.</p> : null}
          {job?.state === 'succeeded' && job.pipeline === 'vocabulary-export' ? (
            <p><button type="button" className="button" onClick={() => download(job.output as { assetId: string; fileName: string })}>Download {(job.output as { fileName: string }).fileName}</button></p>
          ) : null}
          {job?.state === 'succeeded' && job.pipeline === 'vocabulary-sync' ? (
            <p>Sent: {(job.output as { created: number }).created} new{(job.output as { withMedia?: number }).withMedia ? ` (${(job.output as { withMedia: number }).withMedia} with sound and picture)` : ''}, {(job.output as { skipped: number; existing: number }).skipped + (job.output as { existing: number }).existing} already there.</p>
          ) : null}
          {job?.state === 'succeeded' && ((job.output as { notes?: string[] }).notes ?? []).length > 0 ? (
            <ul className="vocabulary-export-notes" aria-label="About this file">
              {(job.output as { notes: string[] }).notes.map((note) => <li key={note}>{note}</li>)}
            </ul>
          ) : null}
        </section>
      ) : null}
      {latest ? (
        <p className="vocabulary-comprehension">
          Latest stream{latest.title ? `, ${latest.title}` : ''}: you know about <strong>{Math.round((latest.comprehension ?? 0) * 100)}%</strong> of its words.
        </p>
      ) : null}
      <StreamLinks streams={streams} />
      {/* Nothing to export or send before a stream is analysed: the buttons would only make empty files. */}
      {streams.length > 0 ? (
        <section className="card" aria-labelledby="vocabulary-exports-title">
          <h2 id="vocabulary-exports-title">Export and send</h2>
          <div className="vocabulary-exports" role="group" aria-label="Export">
            <button type="button" className="button" onClick={() => exportFile('csv')}>CSV</button>
            <button type="button" className="button" onClick={() => exportFile('apkg')}>Anki deck</button>
            <button type="button" className="button" onClick={() => exportFile('pdf')}>PDF worksheet</button>
            <button type="button" className="button" onClick={() => exportFile('posts')}>Posts</button>
            {administrator ? <button type="button" className="button" onClick={() => sync('anki')}>Send to Anki</button> : null}
            {administrator || notion?.connected ? <button type="button" className="button" onClick={() => sync('notion')}>Send to Notion</button> : null}
          </div>
          {administrator ? null : (
            <p className="vocabulary-exports__note">Sending to Anki is for administrators: it uses the server operator’s own collection. Download an Anki deck instead.</p>
          )}
          <NotionConnectionForm connection={notion} onChange={(connection, message) => { setNotion(connection); setAnnouncement(message); }} />
        </section>
      ) : null}
      <AttachRecordingForm streams={streams} onAttached={(message) => { setAnnouncement(message); setNotice(message); reload(); }} />
      <KnownWordsForm onImported={(message) => { setAnnouncement(message); setNotice(message); reload(); }} />
      {notice ? <p className="notice" role="status">{notice}</p> : null}
      <VocabularyTable filter={filter} onFilter={setFilter} entries={list?.items} total={list?.total ?? 0} streams={streams} error={error} onStatus={mark} />
    </article>
  );
}
