/** The stream upload: a transcript or recording plus where the stream lives, with upload progress. */
import { useState, type FormEvent } from 'react';
import type { Job } from '../api/api-types.ts';
import { ApiErrorMessage } from '../components/api-error-message.tsx';
import { FileField, InputField } from '../components/form-field.tsx';
import { ProgressBar } from '../components/progress-bar.tsx';
import { useSubmit } from '../components/use-submit.ts';
import { uploadStream } from './vocabulary-api.ts';

export function VocabularyUploadForm({ onStarted }: { onStarted(job: Job): void }) {
  const [progress, setProgress] = useState<number>();
  const send = useSubmit(async (form: HTMLFormElement) => {
    const data = new FormData(form);
    // The server reads the text fields first, then the file: append the file last.
    const file = data.get('file');
    data.delete('file');
    if (file) data.append('file', file);
    setProgress(0);
    try {
      const job = await uploadStream(data, setProgress);
      form.reset();
      onStarted(job);
    } finally {
      setProgress(undefined);
    }
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void send.run(event.currentTarget);
  }

  return (
    <form className="card vocabulary-upload form-grid" onSubmit={submit} aria-labelledby="vocabulary-upload-title">
      <h2 id="vocabulary-upload-title">Analyse a stream</h2>
      <FileField label="Subtitles, transcript or recording" name="file" required accept=".vtt,.srt,.ass,.ssa,.json,.txt,audio/*,video/*"
        hint="WebVTT, SRT, ASS, YouTube JSON or plain text, or a recording (needs a transcription backend). Up to 50 MB." />
      <InputField label="Stream URL (YouTube or Twitch, for timestamp links)" type="url" name="url" placeholder="https://www.youtube.com/watch?v=…" />
      <div className="form-row">
        <InputField label="Title" type="text" name="title" maxLength={300} />
        <InputField label="Channel" type="text" name="channel" maxLength={200} />
        <InputField label="Date" type="date" name="date" />
      </div>
      {progress !== undefined ? <ProgressBar value={progress} label="Upload progress" /> : null}
      {send.error ? <ApiErrorMessage error={send.error} action="The stream was not analysed" /> : null}
      <button type="submit" className="button button--primary" disabled={send.busy}>{send.busy ? 'Sending…' : 'Find the vocabulary'}</button>
    </form>
  );
}
