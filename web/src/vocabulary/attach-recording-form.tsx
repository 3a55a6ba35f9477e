/**
 * Gives a stream analysed from its subtitles the recording they belong to, so its Anki cards carry
 * each sentence's audio and a picture of that moment (PUT /api/vocabulary/streams/:id/recording).
 */
import { useState, type FormEvent } from 'react';
import { ApiErrorMessage } from '../components/api-error-message.tsx';
import { FileField, SelectField } from '../components/form-field.tsx';
import { useSubmit } from '../components/use-submit.ts';
import { vocabularyApi, type StreamRecord } from './vocabulary-api.ts';

const streamName = (stream: StreamRecord) => stream.title ?? `Stream of ${new Date(stream.createdAt).toLocaleString()}`;

export function AttachRecordingForm({ streams, onAttached }: { streams: StreamRecord[]; onAttached(message: string): void }) {
  const withoutRecording = streams.filter((stream) => !stream.recordingAssetId);
  const [streamId, setStreamId] = useState('');
  const [file, setFile] = useState<File>();
  const send = useSubmit(async (form: HTMLFormElement, stream: StreamRecord, recording: File) => {
    await vocabularyApi.attachRecording(stream.id, recording);
    onAttached(`The recording is attached: Anki cards from ${streamName(stream)} now carry the sentence's audio and a picture.`);
    form.reset();
    setFile(undefined);
  });
  if (withoutRecording.length === 0) return null;
  const chosen = withoutRecording.find((stream) => stream.id === streamId) ?? withoutRecording[0];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (file) void send.run(event.currentTarget, chosen, file);
  }

  return (
    <details className="card disclosure">
      <summary>Cards with sound and picture</summary>
      <form onSubmit={submit} aria-label="Attach a recording" className="form-grid">
        <p>Streams analysed from subtitles give text-only cards. Attach the stream's recording and each card gets the sentence's audio and a picture of that moment.</p>
        <SelectField label="Stream" value={chosen.id} onChange={(event) => setStreamId(event.currentTarget.value)}>
          {withoutRecording.map((stream) => <option key={stream.id} value={stream.id}>{streamName(stream)}</option>)}
        </SelectField>
        <FileField label="Recording (video or audio)" accept="video/*,audio/*" required onChange={(event) => setFile(event.currentTarget.files?.[0])} />
        {send.error ? <ApiErrorMessage error={send.error} action="The recording was not attached" /> : null}
        <button type="submit" className="button" disabled={send.busy || !file}>{send.busy ? 'Attaching…' : 'Attach recording'}</button>
      </form>
    </details>
  );
}
