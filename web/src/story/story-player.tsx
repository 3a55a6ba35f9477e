/**
 * Reads one story: the scene's picture (with its alt text), its text with the sentence being read
 * highlighted, the narration, and buttons to the next and previous scene. The highlight follows the
 * audio's clock and the narrator's sentence timings; the browser's own voice can read instead.
 */
import { useEffect, useRef, useState } from 'react';
import { useAssetUrl } from '../music-video/use-asset-url.ts';
import { describeIdeaUsage } from '../../../src/pipelines/story/describe-idea-usage.ts';
import { describeSafetyCheck } from './describe-safety-check.ts';
import { describeIdeaCheck } from './describe-idea-check.ts';
import type { Story } from './story-api.ts';

/** The sentence being spoken at `time` seconds: the last one that has started. */
export function sentenceAt(timings: readonly { start: number; end: number }[], time: number): number {
  let current = -1;
  timings.forEach((timing, index) => {
    if (timing.start <= time + 0.01) current = index;
  });
  return current;
}

const canSpeak = () => typeof window !== 'undefined' && 'speechSynthesis' in window;

export function StoryPlayer({ story }: { story: Story }) {
  const scenes = story.content.scenes;
  const [index, setIndex] = useState(0);
  const [sentence, setSentence] = useState(-1);
  const [browserVoice, setBrowserVoice] = useState(false);
  const audio = useRef<HTMLAudioElement>(null);
  const scene = scenes[index];
  const imageUrl = useAssetUrl(scene?.imageAssetId);
  const audioUrl = useAssetUrl(scene?.audioAssetId);
  const sentences = scene && scene.timings.length > 0 ? scene.timings.map((timing) => timing.text) : [scene?.text ?? ''];

  useEffect(() => {
    setSentence(-1);
    if (canSpeak()) window.speechSynthesis.cancel();
  }, [index, browserVoice]);
  useEffect(() => () => { if (canSpeak()) window.speechSynthesis.cancel(); }, []);

  function readWithBrowser() {
    if (!canSpeak()) return;
    audio.current?.pause();
    window.speechSynthesis.cancel();
    sentences.forEach((text, sentenceIndex) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = document.documentElement.lang || 'en';
      utterance.onstart = () => setSentence(sentenceIndex);
      if (sentenceIndex === sentences.length - 1) utterance.onend = () => setSentence(-1);
      window.speechSynthesis.speak(utterance);
    });
  }

  if (!scene) return <p className="muted">This story has no scenes.</p>;
  const go = (to: number) => setIndex(Math.max(0, Math.min(scenes.length - 1, to)));
  return (
    <section className="story-player card" aria-labelledby="story-scene-heading">
      <h2 id="story-scene-heading" className="story-player__position" aria-live="polite">Scene {index + 1} of {scenes.length}</h2>
      <figure className="story-player__picture">
        {imageUrl ? <img src={imageUrl} alt={scene.altText} width={960} height={540} /> : <div className="story-player__placeholder" role="img" aria-label={scene.altText} />}
      </figure>
      <p className="story-player__text" data-testid="story-text">
        {sentences.map((text, sentenceIndex) => (
          <span key={sentenceIndex} className={sentenceIndex === sentence ? 'story-sentence story-sentence--current' : 'story-sentence'}
            aria-current={sentenceIndex === sentence ? 'true' : undefined}>
            {text}{' '}
          </span>
        ))}
      </p>
      <div className="story-player__listen">
        {browserVoice ? (
          <button className="button" type="button" onClick={readWithBrowser} disabled={!canSpeak()}>Read aloud</button>
        ) : (
          <audio ref={audio} controls preload="metadata" src={audioUrl} aria-label={`Narration of scene ${index + 1}`} data-testid="story-audio"
            onTimeUpdate={(event) => setSentence(sentenceAt(scene.timings, event.currentTarget.currentTime))}
            onEnded={() => setSentence(-1)} />
        )}
        <label className="field--check">
          <input type="checkbox" checked={browserVoice} onChange={(event) => setBrowserVoice(event.target.checked)} disabled={!canSpeak()} />
          Read with this browser’s voice
        </label>
      </div>
      <nav className="story-player__nav" aria-label="Scenes">
        <button className="button" type="button" onClick={() => go(index - 1)} disabled={index === 0}>Previous scene</button>
        <button className="button button--primary" type="button" onClick={() => go(index + 1)} disabled={index === scenes.length - 1}>Next scene</button>
      </nav>
      <p className="hint" data-testid="story-safety">{describeSafetyCheck(scenes)}</p>
      {story.content.ideaCheck && <p className="hint" data-testid="story-idea-check">{describeIdeaCheck(story.content.ideaCheck)}</p>}
      {describeIdeaUsage(story.content).map((line) => <p className="hint" data-testid="story-idea-usage" key={line}>{line}</p>)}
    </section>
  );
}
