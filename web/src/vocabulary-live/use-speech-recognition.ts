/**
 * Japanese (or English) speech recognition through the browser's Web Speech API (Chrome and Safari
 * call it webkitSpeechRecognition). Each final result is handed on with how long it took from the
 * first interim result, for the latency panel. `supported` is false where the browser has none;
 * the page then offers only its text box.
 */
import { useCallback, useRef, useState } from 'react';

interface Recognition {
  continuous: boolean;
  interimResults: boolean;
  lang: string;
  onresult: ((event: { resultIndex: number; results: ArrayLike<{ isFinal: boolean; 0: { transcript: string } }> }) => void) | null;
  onend: (() => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  start(): void;
  stop(): void;
}

type RecognitionConstructor = new () => Recognition;

function recognitionConstructor(): RecognitionConstructor | undefined {
  const scope = window as unknown as { SpeechRecognition?: RecognitionConstructor; webkitSpeechRecognition?: RecognitionConstructor };
  return scope.SpeechRecognition ?? scope.webkitSpeechRecognition;
}

export function useSpeechRecognition(onUtterance: (text: string, language: 'ja' | 'en', recogniseMs: number) => void) {
  const [listening, setListening] = useState(false);
  const [problem, setProblem] = useState<string>();
  const recognition = useRef<Recognition | undefined>(undefined);
  const handler = useRef(onUtterance);
  handler.current = onUtterance;
  const supported = recognitionConstructor() !== undefined;

  const stop = useCallback(() => {
    recognition.current?.stop();
    recognition.current = undefined;
    setListening(false);
  }, []);

  const start = useCallback((language: 'ja' | 'en') => {
    const Constructor = recognitionConstructor();
    if (!Constructor) return;
    setProblem(undefined);
    const instance = new Constructor();
    instance.continuous = true;
    instance.interimResults = true;
    instance.lang = language === 'ja' ? 'ja-JP' : 'en-US';
    let heardSince: number | undefined;
    instance.onresult = (event) => {
      heardSince ??= performance.now();
      for (let index = event.resultIndex; index < event.results.length; index += 1) {
        const result = event.results[index];
        if (!result.isFinal) continue;
        const text = result[0].transcript.trim();
        if (text) handler.current(text, language, performance.now() - (heardSince ?? performance.now()));
        heardSince = undefined;
      }
    };
    instance.onerror = (event) => setProblem(event.error === 'not-allowed' ? 'The microphone was not allowed; type instead.' : `Speech recognition stopped (${event.error}); type instead or try again.`);
    // Chrome ends continuous recognition after a silence; start again while the microphone is on.
    instance.onend = () => {
      if (recognition.current === instance) instance.start();
    };
    recognition.current = instance;
    instance.start();
    setListening(true);
  }, []);

  return { supported, listening, problem, start, stop };
}
