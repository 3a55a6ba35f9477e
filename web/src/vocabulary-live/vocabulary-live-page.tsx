/**
 * /vocabulary/live: the streamer's live bilingual mode. Speech (Web Speech API, or the text box)
 * goes to the server; the items found come back at once, then the co-host's reply token by token
 * (shown growing) and its voice sentence by sentence, with the time each stage took. The overlay link goes into OBS as a
 * browser source.
 */
import { InputField, SelectField } from '../components/form-field.tsx';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { usePageTitle } from '../components/use-page-title.ts';
import type { LiveItem, ServerMessage } from '../../../src/pipelines/vocabulary/live/live-vocabulary-messages.ts';
import { LatencyPanel, type LatencyFigures } from './latency-panel.tsx';
import { ObsSettings } from './obs-settings.tsx';
import { Link } from '../router.tsx';
import { useSpeechRecognition } from './use-speech-recognition.ts';
import { createClipPlayer, VocabularyLiveClient } from './vocabulary-live-client.ts';
import { describeModel } from '../../../src/providers/describe-model.ts';
import './vocabulary-live.css';

interface Utterance { id: number; text: string; items: LiveItem[]; reply: string; replying: boolean }

export function VocabularyLivePage() {
  usePageTitle('Live bilingual mode');
  const [status, setStatus] = useState('Connecting…');
  const [obsStatus, setObsStatus] = useState('');
  const [obsAddress, setObsAddress] = useState('');
  const [overlayPath, setOverlayPath] = useState<string>();
  const [utterances, setUtterances] = useState<Utterance[]>([]);
  const [notices, setNotices] = useState<string[]>([]);
  const [latency, setLatency] = useState<LatencyFigures>();
  const [language, setLanguage] = useState<'ja' | 'en'>('ja');
  const [draft, setDraft] = useState('');
  const client = useRef<VocabularyLiveClient | undefined>(undefined);
  const [connection, setConnection] = useState(0);

  useEffect(() => {
    const play = createClipPlayer();
    const update = (id: number, change: (utterance: Utterance) => Utterance) =>
      setUtterances((list) => list.map((utterance) => (utterance.id === id ? change(utterance) : utterance)));
    const onMessage = (message: ServerMessage) => {
      if (message.type === 'ready') {
        setStatus(`Live. Replies: ${message.reply ? describeModel(message.reply) : 'none (offline items only)'}; voice: ${message.speech ? describeModel(message.speech) : 'none'}.`);
        setOverlayPath(message.overlayPath);
        setObsStatus(message.obs.message);
      } else if (message.type === 'recognised') {
        setUtterances((list) => [{ id: message.utteranceId, text: message.text, items: [], reply: '', replying: false }, ...list].slice(0, 20));
      } else if (message.type === 'items') {
        update(message.utteranceId, (utterance) => ({ ...utterance, items: message.items }));
      } else if (message.type === 'reply-delta') {
        // Tokens carry their own spacing.
        update(message.utteranceId, (utterance) => ({ ...utterance, reply: utterance.reply + message.text, replying: true }));
      } else if (message.type === 'reply-done') {
        update(message.utteranceId, (utterance) => ({ ...utterance, reply: message.text, replying: false }));
      } else if (message.type === 'speech') {
        play(message.mediaType, message.audio);
      } else if (message.type === 'latency') {
        setLatency(message);
      } else if (message.type === 'notice') {
        setNotices((list) => [message.message, ...list].slice(0, 5));
      } else if (message.type === 'obs') {
        setObsStatus(message.message);
      }
    };
    const made = new VocabularyLiveClient(obsAddress || undefined, onMessage, (code, reason) => setStatus(reason || `The connection closed (${code}).`));
    client.current = made;
    return () => made.close();
    // Reconnects only when asked (the OBS address applies to a new connection).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [connection]);

  const send = useCallback((text: string, spoken: 'ja' | 'en', recogniseMs?: number) => client.current?.sendUtterance(text, spoken, recogniseMs), []);
  const speech = useSpeechRecognition(send);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim()) send(draft.trim(), language);
    setDraft('');
  };
  const overlayUrl = overlayPath ? new URL(overlayPath, window.location.href).href : undefined;

  return (
    <article className="vocab-live">
      <header className="page-header">
        <h1>Live bilingual mode</h1>
        <p className="vocab-live__muted" role="status" data-testid="live-status">{status}</p>
      </header>
      <div className="vocab-live__grid">
        <section className="vocab-live__panel" aria-label="Speak">
          <h2>Speak</h2>
          <SelectField label="Language" value={language} onChange={(event) => setLanguage(event.target.value as 'ja' | 'en')}>
            <option value="ja">Japanese</option>
            <option value="en">English</option>
          </SelectField>
          {speech.supported ? (
            <button type="button" className="button" onClick={() => (speech.listening ? speech.stop() : speech.start(language))}>
              {speech.listening ? 'Microphone off' : 'Microphone on'}
            </button>
          ) : <p className="vocab-live__muted">This browser has no speech recognition; type what you say.</p>}
          {speech.problem && <p role="alert">{speech.problem}</p>}
          <form onSubmit={submit} className="form-grid">
            <InputField label="Or type it" value={draft} onChange={(event) => setDraft(event.target.value)} maxLength={500} placeholder="今日もスパチャありがとう" lang={language} />
            <button type="submit" className="button button--primary">Send</button>
          </form>
          {notices.map((notice, index) => <p key={index} className="vocab-live__muted" data-testid="live-notice">{notice}</p>)}
          {/* A voice backend that was passed over: the way to fix it is one click away. */}
          {notices.some((notice) => notice.startsWith('Not used:')) ? <p><Link href="/settings">Check the backends in Settings</Link></p> : null}
        </section>
        <LatencyPanel latency={latency} />
        <ObsSettings address={obsAddress} onAddress={setObsAddress} obsStatus={obsStatus} />
        <section className="vocab-live__panel" aria-label="Overlay">
          <h2>Overlay</h2>
          {overlayUrl ? <p>Add this as an OBS browser source (transparent): <a href={overlayUrl} data-testid="overlay-link">{overlayUrl}</a></p> : <p>…</p>}
          <button type="button" className="button" onClick={() => setConnection((value) => value + 1)}>Reconnect with this OBS address</button>
        </section>
      </div>
      <section aria-label="Utterances">
        <h2>Heard</h2>
        {utterances.map((utterance) => (
          <div key={utterance.id} className="vocab-live__panel" data-testid="utterance">
            <p lang={language}>{utterance.text}</p>
            <ul className="vocab-live__items">
              {utterance.items.map((item) => (
                <li key={item.dictionaryForm} data-testid="live-item">
                  <strong lang="ja">{item.expression}</strong> <span lang="ja">{item.reading}</span> — {item.english ?? 'no meaning known'}
                </li>
              ))}
            </ul>
            {utterance.reply && <p data-testid="live-reply" aria-busy={utterance.replying}>{utterance.reply.trim()}</p>}
          </div>
        ))}
      </section>
    </article>
  );
}
