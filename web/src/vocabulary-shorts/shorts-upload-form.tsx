/**
 * The shorts studio's first form: the recording, its Japanese subtitles, a chat log if there is
 * one, and the size. Sends them for a plan only (nothing is rendered until the user chose clips)
 * and hands the plan's job to the page.
 */
import { useState, type FormEvent } from 'react';
import type { Job } from '../api/api-types.ts';
import { ApiErrorMessage } from '../components/api-error-message.tsx';
import { FileField, SelectField } from '../components/form-field.tsx';
import { ProgressBar } from '../components/progress-bar.tsx';
import { useSubmit } from '../components/use-submit.ts';
import { uploadForPlan } from './shorts-api.ts';

export const shortsSizes = [
  { value: '1080x1920', label: '1080×1920 (Shorts, Reels, TikTok)' },
  { value: '540x960', label: '540×960 (quick preview)' },
];

export function ShortsUploadForm({ size, onSize, onPlanned }: { size: string; onSize(size: string): void; onPlanned(job: Job): void }) {
  const [uploadProgress, setUploadProgress] = useState<number>();
  const submit = useSubmit(async (form: FormData) => {
    const chat = form.get('chat');
    if (chat instanceof File && chat.size === 0) form.delete('chat');
    // Text fields first: the server reads the form in order.
    const ordered = new FormData();
    ordered.append('planOnly', 'true');
    // The size goes with the plan, so the job remembers it for the render after a reload.
    const [width, height] = size.split('x');
    ordered.append('width', width);
    ordered.append('height', height);
    for (const name of ['recording', 'transcript', 'chat']) if (form.get(name)) ordered.append(name, form.get(name)!);
    setUploadProgress(0);
    try {
      onPlanned(await uploadForPlan(ordered, setUploadProgress));
    } finally {
      setUploadProgress(undefined);
    }
  });
  const send = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit.run(new FormData(event.currentTarget));
  };
  return (
    <form onSubmit={send} className="card form-grid" aria-labelledby="shorts-form-heading">
      <h2 id="shorts-form-heading">Your stream</h2>
      <div className="form-row">
        <FileField label="Recording" name="recording" accept="video/*,audio/*" required hint="A video or audio recording of the stream, with sound." />
        <FileField label="Japanese subtitles" name="transcript" accept=".vtt,.srt,.ass,.json,.txt" required hint="VTT, SRT, ASS or YouTube JSON, with times." />
        <FileField label="Chat log (optional)" name="chat" accept=".txt,.log" hint="One message a line, each starting with its time." />
        <SelectField label="Size" value={size} onChange={(event) => onSize(event.target.value)}>
          {shortsSizes.map((choice) => <option key={choice.value} value={choice.value}>{choice.label}</option>)}
        </SelectField>
      </div>
      {submit.error ? <ApiErrorMessage error={submit.error} action="Could not plan the shorts" /> : null}
      <button type="submit" className="button button--primary" disabled={submit.busy}>{submit.busy ? 'Sending…' : 'Propose shorts'}</button>
      {uploadProgress !== undefined && <ProgressBar value={uploadProgress} label="Upload" />}
    </form>
  );
}
