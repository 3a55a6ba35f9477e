/** The stream upload: a transcript or recording plus where the stream lives, with upload progress. */
import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/api-error.ts';
import type { Job } from '../api/api-types.ts';
import { ApiErrorMessage } from '../components/api-error-message.tsx';
import { ProgressBar } from '../components/progress-bar.tsx';
import { uploadStream } from './vocabulary-api.ts';

export function VocabularyUploadForm({ onStarted }: { onStarted(job: Job): void }) {
  const [progress, setProgress] = useState<number>();
  const [error, setError] = useState<ApiError>();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    // The server reads the text fields first, then the file: append the file last.
    const file = data.get('file');
    data.delete('file');
    if (file) data.append('file', file);
    setError(undefined);
    setProgress(0);
    try {
      const job = await uploadStream(data, setProgress);
      form.reset();
      onStarted(job);
    } catch (reason) {
      setError(reason instanceof ApiError ? reason : new ApiError('internal', String(reason), 0));
    } finally {
      setProgress(undefined);
    }
  }

  return (
    <form className="card vocabulary-upload" onSubmit={submit} aria-labelledby="vocabulary-upload-title">
      <h2 id="vocabulary-upload-title">Analyse a stream</h2>
      <label>
        Subtitles, transcript or recording
        <input type="file" name="file" required accept=".vtt,.srt,.ass,.ssa,.json,.txt,audio/*,video/*" />
      </label>
      <p className="hint">WebVTT, SRT, ASS, YouTube JSON or plain text, or a recording (needs a transcription backend). Up to 50 MB.</p>
      <label>Stream URL (YouTube or Twitch, for timestamp links)<input type="url" name="url" placeholder="https://www.youtube.com/watch?v=…" /></label>
      <div className="vocabulary-upload__row">
        <label>Title<input type="text" name="title" maxLength={300} /></label>
        <label>Channel<input type="text" name="channel" maxLength={200} /></label>
        <label>Date<input type="date" name="date" /></label>
      </div>
      {progress !== undefined ? <ProgressBar value={progress} label="Upload progress" /> : null}
      {error ? <ApiErrorMessage error={error} action="The stream was not analysed" /> : null}
      <button type="submit" className="button button--primary" disabled={progress !== undefined}>Find the vocabulary</button>
    </form>
  );
}
