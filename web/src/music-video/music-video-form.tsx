/**
 * The studio's form: the song and the character pictures (file inputs with labels, or dropped on
 * the form), a style prompt, whether the characters dance, the number of key moments and, optionally, the tempo the user counts. Sends everything in one multipart
 * request and shows how much of it has gone up.
 */
import { useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { tempoHintRange } from '../../../src/media/audio/tempo-hint-range.ts';
import type { Job } from '../api/api-types.ts';
import { ApiErrorMessage } from '../components/api-error-message.tsx';
import { FileField, InputField, SelectField } from '../components/form-field.tsx';
import { ProgressBar } from '../components/progress-bar.tsx';
import { useSubmit } from '../components/use-submit.ts';
import { uploadMusicVideo } from './music-video-api.ts';

const mostCharacters = 8;
const songPattern = /\.(mp3|wav|flac|ogg|oga|opus|m4a|aac)$/i;

/** A song already on the server, to render again with other settings (the analysis is reused). */
export interface ReusedSong {
  songAssetId: string;
  characterAssetIds: string[];
  label: string;
  /** The key moments the earlier job asked for; kept so only the look changes. */
  moments: number;
  /** The tempo the earlier job was told, if any; kept so the cached analysis is reused. */
  bpm?: number;
  /** The tempo the earlier analysis found: the form offers its half and double, the commonest misreadings. */
  foundBpm?: number;
  /** The earlier video's size and frame rate, the starting point for the new one. */
  width?: number;
  height?: number;
  fps?: number;
}

/** Common sizes; any even width and height within the limits can still be typed in. */
const sizePresets = [
  { label: '540p (960×540)', width: 960, height: 540 },
  { label: '720p (1280×720)', width: 1280, height: 720 },
  { label: '1080p (1920×1080)', width: 1920, height: 1080 },
  { label: 'Vertical for shorts (1080×1920)', width: 1080, height: 1920 },
] as const;
const frameRates = [24, 25, 30];

export function MusicVideoForm({ onStarted, reuse }: { onStarted(job: Job): void; reuse?: ReusedSong }) {
  const ids = { style: useId(), hint: useId(), dance: useId(), danceHint: useId() };
  const [width, setWidth] = useState(String(reuse?.width ?? 960));
  const [height, setHeight] = useState(String(reuse?.height ?? 540));
  const [fps, setFps] = useState(String(reuse?.fps ?? 24));
  const preset = sizePresets.findIndex((size) => String(size.width) === width && String(size.height) === height);
  const [song, setSong] = useState<File>();
  const [characters, setCharacters] = useState<File[]>([]);
  const [style, setStyle] = useState('');
  const [moments, setMoments] = useState(String(reuse?.moments ?? 7));
  const [bpm, setBpm] = useState(reuse?.bpm === undefined ? '' : String(reuse.bpm));
  const [dance, setDance] = useState(false);
  const [sent, setSent] = useState<number>();
  const [problem, setProblem] = useState<string>();
  const [dragging, setDragging] = useState(false);
  const songInput = useRef<HTMLInputElement>(null);

  function takeFiles(files: File[]) {
    const audio = files.find((file) => file.type.startsWith('audio/') || songPattern.test(file.name));
    const pictures = files.filter((file) => file.type.startsWith('image/'));
    if (audio && !reuse) setSong(audio);
    if (pictures.length > 0) setCharacters((current) => [...current, ...pictures].slice(0, mostCharacters));
    if (!audio && pictures.length === 0) setProblem('Drop an audio file (the song) or pictures (the characters).');
    else setProblem(undefined);
  }

  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    takeFiles([...event.dataTransfer.files]);
  }

  const send = useSubmit(async () => {
    const form = new FormData();
    // Fields before files: the server reads the form in order, and small fields cost nothing to check first.
    if (style.trim()) form.append('style', style.trim());
    form.append('moments', moments);
    if (bpm.trim()) form.append('bpm', bpm.trim());
    form.append('width', width);
    form.append('height', height);
    form.append('fps', fps);
    if (dance) form.append('dance', 'true');
    if (reuse) {
      form.append('songAssetId', reuse.songAssetId);
      for (const id of reuse.characterAssetIds) form.append('characterAssetId', id);
    } else if (song) {
      form.append('song', song, song.name);
    }
    for (const picture of characters) form.append('character', picture, picture.name);
    setSent(0);
    try {
      onStarted(await uploadMusicVideo(form, setSent));
    } finally {
      setSent(undefined);
    }
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(undefined);
    if (!song && !reuse) {
      setProblem('Choose the song first.');
      songInput.current?.focus();
      return;
    }
    if (dance && characters.length === 0 && !reuse?.characterAssetIds.length) {
      setProblem('Dancing needs a character: add a character picture, or untick “Characters dance”.');
      return;
    }
    void send.run();
  }

  const busy = send.busy;
  return (
    <form
      className={`card music-video-form${dragging ? ' music-video-form--dragging' : ''}`}
      onSubmit={submit}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
      aria-describedby={ids.hint}
    >
      <h2>{reuse ? 'Render again' : 'Make a music video'}</h2>
      <p id={ids.hint} className="hint">
        {reuse
          ? `Same song (${reuse.label}) and characters, a new look: the analysis of the song is reused.`
          : 'Choose the files below or drop them anywhere on this form. MP3, WAV, FLAC, Ogg or M4A, up to 20 minutes.'}
      </p>
      {reuse ? null : (
        <FileField ref={songInput} label="Song" accept="audio/*,.mp3,.wav,.flac,.ogg,.m4a" onChange={(event) => setSong(event.target.files?.[0])}
          hint={song ? song.name : undefined} />
      )}
      <FileField label={`Character pictures (optional, up to ${mostCharacters})`} accept="image/png,image/jpeg,image/webp,image/gif" multiple
        onChange={(event) => takeFiles([...(event.target.files ?? [])])}
        hint={characters.length > 0 ? (
          <>
            {characters.map((file) => file.name).join(', ')}{' '}
            <button type="button" className="link-button" onClick={() => setCharacters([])}>Remove all</button>
          </>
        ) : undefined} />
      <div className="form-field">
        <label htmlFor={ids.style}>Style</label>
        <textarea className="form-control" id={ids.style} rows={2} maxLength={500} value={style} placeholder="e.g. a fox and a robot in a neon city at night" onChange={(event) => setStyle(event.target.value)} />
      </div>
      <div className="music-video-form__dance">
        <input id={ids.dance} type="checkbox" checked={dance} onChange={(event) => setDance(event.target.checked)} aria-describedby={ids.danceHint} />
        <label htmlFor={ids.dance}>Characters dance</label>
        <p id={ids.danceHint} className="hint">They bounce on the beat and sway on the bar over the pictures, instead of being drawn into them.</p>
      </div>
      <div className="form-row">
        <InputField label="Key moments (scenes)" type="number" inputMode="numeric" min={3} max={24} value={moments} onChange={(event) => setMoments(event.target.value)} />
        <div className="form-field">
          <InputField label="Tempo in BPM (optional)" type="number" inputMode="decimal" min={tempoHintRange.min} max={tempoHintRange.max} step="any" value={bpm}
            placeholder="found from the song" onChange={(event) => setBpm(event.target.value)}
            hint="If the cuts come at half or double the beat you hear, give the tempo you count, roughly." />
          {reuse?.foundBpm ? <TempoLevels found={reuse.foundBpm} onChoose={(value) => setBpm(String(value))} /> : null}
        </div>
      </div>
      <fieldset className="music-video-form__size">
        <legend>Size and frame rate</legend>
        <div className="form-row">
          <SelectField label="Size" value={preset === -1 ? 'custom' : String(preset)} onChange={(event) => {
            const chosen = sizePresets[Number(event.target.value)];
            if (chosen) [setWidth(String(chosen.width)), setHeight(String(chosen.height))];
          }}>
            {sizePresets.map((size, index) => <option key={size.label} value={index}>{size.label}</option>)}
            <option value="custom" disabled>Custom</option>
          </SelectField>
          <InputField label="Width" type="number" inputMode="numeric" min={320} max={1920} step={2} value={width} onChange={(event) => setWidth(event.target.value)} />
          <InputField label="Height" type="number" inputMode="numeric" min={180} max={1920} step={2} value={height} onChange={(event) => setHeight(event.target.value)} />
          <SelectField label="Frame rate" value={fps} onChange={(event) => setFps(event.target.value)}>
            {frameRates.map((rate) => <option key={rate} value={rate}>{rate} fps</option>)}
          </SelectField>
        </div>
      </fieldset>
      <div aria-live="polite">
        {problem ? <p className="notice notice--error">{problem}</p> : null}
        {send.error ? <ApiErrorMessage error={send.error} action="The video was not started" /> : null}
        {sent !== undefined ? (
          <div className="progress-with-value">
            <ProgressBar value={sent} label="Upload progress" />
            <span className="progress-value">{Math.round(sent * 100)}%</span>
          </div>
        ) : null}
      </div>
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? 'Uploading…' : reuse ? 'Render with this style' : 'Make the video'}
      </button>
    </form>
  );
}

/** Buttons that fill the tempo field with half or double the tempo found last time (within the hint's range). */
function TempoLevels({ found, onChoose }: { found: number; onChoose(bpm: number): void }) {
  const levels = [{ name: 'Half', bpm: Math.round(found / 2) }, { name: 'Double', bpm: Math.round(found * 2) }]
    .filter((level) => level.bpm >= tempoHintRange.min && level.bpm <= tempoHintRange.max);
  if (levels.length === 0) return null;
  return (
    <p className="hint">
      Found {Math.round(found)} BPM.{' '}
      {levels.map((level, index) => (
        <span key={level.name}>
          {index > 0 ? ' · ' : null}
          <button type="button" className="link-button" onClick={() => onChoose(level.bpm)}>{level.name}: {level.bpm} BPM</button>
        </span>
      ))}
    </p>
  );
}
