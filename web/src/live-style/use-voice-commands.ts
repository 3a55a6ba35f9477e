/**
 * Voice commands through the browser's speech recognition (Chrome and Safari call it
 * webkitSpeechRecognition); `supported` is false elsewhere and the page says so.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

interface RecognitionResultEvent {
  resultIndex: number;
  results: ArrayLike<{ isFinal: boolean; 0: { transcript: string } }>;
}

interface Recognition {
  continuous: boolean;
  interimResults: boolean;
  lang: string;
  onresult: ((event: RecognitionResultEvent) => void) | null;
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

export function useVoiceCommands(onPhrase: (phrase: string) => void) {
  const [listening, setListening] = useState(false);
  const [problem, setProblem] = useState<string>();
  const recognition = useRef<Recognition | undefined>(undefined);
  const wanted = useRef(false);
  const handler = useRef(onPhrase);
  handler.current = onPhrase;
  const supported = recognitionConstructor() !== undefined;

  const stopListening = useCallback(() => {
    wanted.current = false;
    recognition.current?.stop();
    setListening(false);
  }, []);

  const startListening = useCallback(() => {
    const Constructor = recognitionConstructor();
    if (!Constructor) return;
    setProblem(undefined);
    const instance = new Constructor();
    instance.continuous = true;
    instance.interimResults = false;
    instance.lang = navigator.language || 'en-GB';
    instance.onresult = (event) => {
      for (let index = event.resultIndex; index < event.results.length; index++) {
        const result = event.results[index];
        if (result.isFinal) handler.current(result[0].transcript);
      }
    };
    instance.onerror = (event) => {
      if (event.error === 'not-allowed' || event.error === 'service-not-allowed') {
        wanted.current = false;
        setProblem('The microphone is not allowed for this page, so voice commands are off.');
      }
    };
    // Recognition stops by itself after a silence; keep it going while the person wants it.
    instance.onend = () => {
      if (wanted.current) instance.start();
      else setListening(false);
    };
    recognition.current = instance;
    wanted.current = true;
    instance.start();
    setListening(true);
  }, []);

  useEffect(() => () => {
    wanted.current = false;
    recognition.current?.stop();
  }, []);

  return { supported, listening, problem, startListening, stopListening };
}
