/**
 * One streamer's live bilingual session: each utterance gets its items at once (offline analyser),
 * then, one utterance at a time, a bilingual reply streamed token by token (when a text model is
 * configured) and its voice, each sentence spoken as soon as it is complete.
 * A model that fails or stops answering costs only its own stage: the items keep coming and the
 * page is told once that the session runs without it, and again when it is back.
 */
import type { SpeechModel, TextModel, TranscriptionModel } from '../../../providers/spec/index.ts';
import { bilingualReply } from './bilingual-reply.ts';
import { describeFailure } from './describe-failure.ts';
import type { LiveItem, LiveStage, OverlayMessage, ServerMessage } from './live-vocabulary-messages.ts';
import { speakReply } from './speak-reply.ts';
import { UtteranceClock } from './utterance-clock.ts';

/** What the session needs of OBS; src/integrations/obs provides it. */
export interface ObsLink {
  showText(text: string): Promise<void>;
  switchScene(sceneName: string): Promise<void>;
}

export interface LiveVocabularySessionOptions {
  send(message: ServerMessage): void;
  analyze(text: string): Promise<LiveItem[]>;
  reply?: { model: TextModel; name: string };
  /**
   * `servedBy` names who spoke (a fallback list's member); `passedOver`, the preferred ones that
   * failed on the way, with why (the session says so once each); `voice` is the speaker asked for.
   */
  speech?: { model: SpeechModel; servedBy: () => string; passedOver?: () => readonly { candidate: string; reason: string }[]; voice?: string };
  transcription?: TranscriptionModel;
  obs?: ObsLink;
  /** Hears the newest expression, for the overlay page. */
  overlay?(message: OverlayMessage): void;
  /** Hears each stage's time and the gateway's overhead, in seconds (for /metrics). */
  observe?(stage: LiveStage | 'gateway', seconds: number): void;
  /** How long a reply, a sentence's speech or a transcription may take before it counts as stopped; default 20 s. */
  modelTimeoutMs?: number;
}

type Stage = 'reply' | 'speech' | 'transcription' | 'obs';
interface Pending { utteranceId: number; text: string; language: 'ja' | 'en'; items: LiveItem[]; clock: UtteranceClock }

export class LiveVocabularySession {
  private readonly stopped = new AbortController();
  private readonly failing = new Set<Stage>();
  private nextId = 1;
  private running: Promise<void> | undefined;
  private waiting: Pending | undefined;

  constructor(private readonly options: LiveVocabularySessionOptions) {}

  /** A recognised or typed utterance; `clock` is passed when the time started earlier (audio). */
  async utterance(
    text: string, language: 'ja' | 'en', recogniseMs?: number, source: 'browser' | 'transcription' = 'browser', clock = new UtteranceClock(),
  ): Promise<void> {
    const utteranceId = this.nextId++;
    clock.recognised(recogniseMs);
    this.send(clock, { type: 'recognised', utteranceId, text, source });
    const items = await clock.model(() => this.options.analyze(text));
    clock.mark('items');
    this.send(clock, { type: 'items', utteranceId, items });
    const first = items[0];
    if (first) {
      this.options.overlay?.({ type: 'overlay', expression: first.expression, reading: first.reading, english: first.english, sentence: text });
      if (this.options.obs && !this.failing.has('obs')) {
        const line = `${first.expression}（${first.reading}）${first.english ? ` ${first.english}` : ''}`;
        void this.options.obs.showText(line).then(() => this.recovered('obs'), (error: unknown) => this.failed('obs', error));
      }
    }
    this.enqueue({ utteranceId, text, language, items, clock });
  }

  /** A recorded clip of speech: transcribed by the transcription backend, then handled like text. */
  async audio(clip: Uint8Array, mediaType: string): Promise<void> {
    const model = this.options.transcription;
    if (!model) {
      this.options.send({ type: 'notice', level: 'info', stage: 'transcription', message: 'No transcription backend is configured: use the browser’s speech recognition or type.' });
      return;
    }
    const clock = new UtteranceClock();
    const started = performance.now();
    try {
      const result = await clock.model(() => model.transcribe({ audio: { data: clip, mediaType }, language: 'ja', abortSignal: this.timeoutSignal() }));
      this.recovered('transcription');
      if (result.text.trim() !== '') await this.utterance(result.text.trim().slice(0, 500), 'ja', performance.now() - started, 'transcription', clock);
    } catch (error) {
      this.failed('transcription', error);
    }
  }

  async switchScene(sceneName: string): Promise<void> {
    if (!this.options.obs) {
      this.options.send({ type: 'obs', state: 'off', message: 'OBS is not connected, so the scene was not switched.' });
      return;
    }
    await this.options.obs.switchScene(sceneName).then(
      () => this.options.send({ type: 'obs', state: 'connected', message: `Switched OBS to the scene “${sceneName}”.` }),
      (error: unknown) => this.options.send({ type: 'obs', state: 'unavailable', message: describeFailure(error) }),
    );
  }

  /** Resolves when the replies in progress are done (tests and shutdown). */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  close(): void {
    this.stopped.abort(new Error('The live session ended.'));
  }

  /** Newest wins: an utterance still waiting when a newer one comes gets items but no reply. */
  private enqueue(pending: Pending): void {
    const skipped = this.waiting;
    this.waiting = pending;
    if (skipped) this.finish(skipped);
    if (this.running) return;
    this.running = (async () => {
      while (this.waiting && !this.stopped.signal.aborted) {
        const next = this.waiting;
        this.waiting = undefined;
        await this.follow(next);
      }
      this.running = undefined;
    })();
  }

  private async follow(pending: Pending): Promise<void> {
    const { utteranceId, clock } = pending;
    const voice = this.voiceFor(pending);
    let reply = '';
    if (this.options.reply && !this.stopped.signal.aborted) {
      try {
        const iterator = bilingualReply({ ...pending, model: this.options.reply.model, abortSignal: this.timeoutSignal() });
        for (;;) {
          const next = await clock.model(() => iterator.next());
          if (next.done) break;
          if (next.value.type === 'sentence') {
            voice.say(next.value.text);
            continue;
          }
          clock.mark('replyFirstToken');
          reply += next.value.text;
          this.send(clock, { type: 'reply-delta', utteranceId, text: next.value.text });
        }
        clock.mark('replyDone');
        this.send(clock, { type: 'reply-done', utteranceId, text: reply.trim() });
        this.recovered('reply');
      } catch (error) {
        this.failed('reply', error);
      }
    }
    const first = pending.items[0];
    // Offline (or when the reply broke off before a whole sentence), the voice says the newest expression and its meaning.
    if (voice.said === 0 && first) for (const sentence of [first.expression, ...(first.english ? [first.english] : [])]) voice.say(sentence);
    await voice.done();
    this.finish(pending);
  }

  /** Speaks sentences one after another as they are handed over, while the reply is still streaming. */
  private voiceFor({ utteranceId, clock }: Pending): { say(sentence: string): void; done(): Promise<void>; said: number } {
    const speech = this.options.speech;
    let queue = Promise.resolve();
    let broken = false;
    const voice = {
      said: 0,
      say: (sentence: string) => {
        voice.said += 1;
        if (!speech) return;
        queue = queue.then(async () => {
          if (broken || this.stopped.signal.aborted) return;
          try {
            await speakReply([sentence], speech.model, speech.voice, clock, this.timeoutSignal(), (clip) => {
              clock.mark('speech');
              this.send(clock, { type: 'speech', utteranceId, ...clip, servedBy: speech.servedBy() });
              this.tellFallbacks(speech.passedOver?.() ?? [], speech.servedBy());
            });
            this.recovered('speech');
          } catch (error) {
            broken = true;
            this.failed('speech', error);
          }
        });
      },
      done: () => queue,
    };
    return voice;
  }

  private finish({ utteranceId, clock }: Pending): void {
    this.options.send({ type: 'latency', utteranceId, stages: clock.stages, modelMs: clock.modelMs, gatewayMs: clock.gatewayMs });
    for (const [stage, milliseconds] of Object.entries(clock.stages)) this.options.observe?.(stage as LiveStage, milliseconds / 1000);
    this.options.observe?.('gateway', clock.gatewayMs / 1000);
  }

  private send(clock: UtteranceClock, message: ServerMessage): void {
    this.options.send(message);
    clock.sent();
  }

  private timeoutSignal(): AbortSignal {
    return AbortSignal.any([this.stopped.signal, AbortSignal.timeout(this.options.modelTimeoutMs ?? 20_000)]);
  }


  private readonly toldFallbacks = new Set<string>();

  /** A preferred voice backend that failed while a later one spoke: said once per backend, never in silence. */
  private tellFallbacks(passedOver: readonly { candidate: string; reason: string }[], servedBy: string): void {
    for (const { candidate, reason } of passedOver) {
      if (this.toldFallbacks.has(candidate)) continue;
      this.toldFallbacks.add(candidate);
      this.options.send({
        type: 'notice', level: 'degraded', stage: 'speech',
        message: `Not used: ${candidate} (${reason.replace(/\.$/, '')}); ${servedBy} spoke instead. Check the backends in Settings.`,
      });
    }
  }
  private failed(stage: Stage, error: unknown): void {
    if (this.stopped.signal.aborted || this.failing.has(stage)) return;
    this.failing.add(stage);
    const what = { reply: 'The reply model', speech: 'The voice', transcription: 'Transcription', obs: 'OBS' }[stage];
    this.options.send({ type: 'notice', level: 'degraded', stage, message: `${what} stopped answering (${describeFailure(error)}); the session goes on with the offline items.` });
    if (stage === 'obs') this.options.send({ type: 'obs', state: 'unavailable', message: describeFailure(error) });
  }

  private recovered(stage: Stage): void {
    if (!this.failing.delete(stage)) return;
    const what = { reply: 'The reply model', speech: 'The voice', transcription: 'Transcription', obs: 'OBS' }[stage];
    this.options.send({ type: 'notice', level: 'info', stage, message: `${what} answers again.` });
  }
}
