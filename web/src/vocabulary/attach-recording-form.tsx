/**
 * Gives a stream analysed from its subtitles the recording they belong to, so its Anki cards carry
 * each sentence's audio and a picture of that moment (PUT /api/vocabulary/streams/:id/recording).
 */
import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/api-error.ts';
import { ApiErrorMessage } from '../components/api-error-message.tsx';
import { vocabularyApi, type StreamRecord } from './vocabulary-api.ts';

const streamName = (stream: StreamRecord) => stream.title ?? `Stream of ${new Date(stream.createdAt).toLocaleString()}`;

export function AttachRecordingForm({ streams, onAttached }: { streams: StreamRecord[]; onAttached(message: string): void }) {
  const withoutRecording = streams.filter((stream) => !stream.recordingAssetId);
  const [streamId, setStreamId] = useState('');
  const [file, setFile] = useState<File>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  if (withoutRecording.length === 0) return null;
  const chosen = withoutRecording.find((stream) => stream.id === streamId) ?? withoutRecording[0];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(undefined);
    try {
      await vocabularyApi.attachRecording(chosen.id, file);
      onAttached(`The recording is attached: Anki cards from ${streamName(chosen)} now carry the sentence's audio and a picture.`);
      event.currentTarget?.reset();
      setFile(undefined);
    } catch (reason) {
      setError(reason instanceof ApiError ? reason : new ApiError('internal', String(reason), 0));
    } finally {
      setBusy(false);
    }
  }

  return (
    <details className="card disclosure">
      <summary>Cards with sound and picture</summary>
      <form onSubmit={submit} aria-label="Attach a recording">
        <p>Streams analysed from subtitles give text-only cards. Attach the stream's recording and each card gets the sentence's audio and a picture of that moment.</p>
        <label>Stream
          <select value={chosen.id} onChange={(event) => setStreamId(event.currentTarget.value)}>
            {withoutRecording.map((stream) => <option key={stream.id} value={stream.id}>{streamName(stream)}</option>)}
          </select>
        </label>
        <label>Recording (video or audio)
          <input type="file" accept="video/*,audio/*" required onChange={(event) => setFile(event.currentTarget.files?.[0])} />
        </label>
        {error ? <ApiErrorMessage error={error} action="The recording was not attached" /> : null}
        <button type="submit" className="button" disabled={busy || !file}>{busy ? 'Attaching…' : 'Attach recording'}</button>
      </form>
    </details>
  );
}
