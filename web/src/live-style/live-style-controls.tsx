import { useState, type FormEvent } from 'react';
import type { LiveStyle, PresetSummary } from '../../../src/live-style/live-messages.ts';
import { InputField, SelectField } from '../components/form-field.tsx';
import { useVoiceCommands } from './use-voice-commands.ts';
import { parseVoiceCommand } from './voice-commands.ts';

export interface LiveStyleControlsProps {
  presets: PresetSummary[];
  onStyle(style: LiveStyle): void;
  onPause(paused: boolean): void;
  paused: boolean;
}

/** Presets as buttons, a prompt box and voice commands; each change applies from the next frame. */
export function LiveStyleControls({ presets, onStyle, onPause, paused }: LiveStyleControlsProps) {
  const [chosen, setChosen] = useState<string>('cartoon');
  const [prompt, setPrompt] = useState('');
  const [heard, setHeard] = useState<string>();
  // What the look applies to, kept across preset changes: a streamer picks it once.
  const [subject, setSubject] = useState<NonNullable<LiveStyle['subject']>>('everything');
  const [backdrop, setBackdrop] = useState<NonNullable<LiveStyle['backdrop']>>('blur');
  const voice = useVoiceCommands((phrase) => {
    const command = parseVoiceCommand(phrase, presets);
    setHeard(phrase);
    if (command.kind === 'pause') onPause(true);
    if (command.kind === 'resume') onPause(false);
    if (command.kind === 'style') apply(command.style);
  });

  function apply(style: LiveStyle, on: { subject: typeof subject; backdrop: typeof backdrop } = { subject, backdrop }) {
    setChosen(style.preset ?? '');
    if (style.prompt !== undefined) setPrompt(style.prompt);
    onStyle({ ...style, subject: on.subject, ...(on.subject === 'person' ? { backdrop: on.backdrop } : {}) });
  }

  /** A new subject or backdrop re-sends the current look with it. */
  function reapply(on: { subject: typeof subject; backdrop: typeof backdrop }) {
    setSubject(on.subject);
    setBackdrop(on.backdrop);
    const current: LiveStyle = chosen ? { preset: chosen } : { prompt: prompt.trim() || 'cartoon' };
    apply(current, on);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (prompt.trim()) apply({ prompt: prompt.trim() });
  }

  return (
    <section className="card" aria-labelledby="live-style">
      <h2 id="live-style">Style</h2>
      <div className="live-presets" role="group" aria-label="Presets">
        {presets.map((preset) => (
          <button key={preset.name} type="button" className="button" aria-pressed={chosen === preset.name} onClick={() => apply({ preset: preset.name })}>
            {preset.label}
          </button>
        ))}
        {presets.length === 0 ? <p className="hint">Loading the presets…</p> : null}
      </div>
      <div className="live-subject">
        <SelectField label="Restyle" value={subject} onChange={(event) => reapply({ subject: event.target.value as typeof subject, backdrop })}>
          <option value="everything">Everything</option>
          <option value="background">The background only (you stay natural)</option>
          <option value="person">You only, over a new background</option>
        </SelectField>
        {subject === 'person' ? (
          <>
            <SelectField label="Background" value={backdrop === 'blur' ? 'blur' : 'colour'} onChange={(event) => reapply({ subject, backdrop: event.target.value === 'blur' ? 'blur' : '#1f7a4d' })}>
              <option value="blur">Your room, blurred</option>
              <option value="colour">A colour</option>
            </SelectField>
            {backdrop !== 'blur' ? (
              <InputField label="Background colour" type="color" value={backdrop} onChange={(event) => reapply({ subject, backdrop: event.target.value as typeof backdrop })} />
            ) : null}
          </>
        ) : null}
        {subject !== 'everything' ? <p className="hint">Kiln finds you with a small AI model on its CPU (MediaPipe selfie segmentation).</p> : null}
      </div>
      <form className="live-prompt" onSubmit={submit}>
        <InputField label="Or describe a look" type="text" value={prompt} maxLength={500} placeholder="e.g. oil painting at sunset" onChange={(event) => setPrompt(event.target.value)}
          actions={<button type="submit" className="button button--primary">Apply</button>} />
      </form>
      <div className="live-voice">
        {voice.supported ? (
          <button type="button" className="button" aria-pressed={voice.listening} onClick={voice.listening ? voice.stopListening : voice.startListening}>
            {voice.listening ? 'Stop listening' : 'Voice commands'}
          </button>
        ) : (
          <p className="hint">This browser has no speech recognition, so voice commands are off.</p>
        )}
        <button type="button" className="button" aria-pressed={paused} onClick={() => onPause(!paused)}>{paused ? 'Resume frames' : 'Pause frames'}</button>
        {voice.problem ? <p className="hint">{voice.problem}</p> : null}
        {heard ? <p className="hint" aria-live="polite">Heard: “{heard}”</p> : null}
      </div>
      {voice.supported ? <p className="hint">Say a preset (“oil paint”, “switch to pencil sketch”), any description, or “pause” and “resume”.</p> : null}
    </section>
  );
}
