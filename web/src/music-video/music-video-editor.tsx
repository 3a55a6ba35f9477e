/**
 * Corrects a finished music video: move cuts on the timeline (drag, arrow keys or a number), set
 * where bar 1 starts, swap a picture for one the user uploads, ask for a new drawing of a picture,
 * give one section of the song its own style words. The changes wait in a short list
 * until "Re-render with these changes" sends them to the edits route, whose new job reuses every
 * shot they left alone; the page then follows that job.
 */
import { useState, type ReactNode } from 'react';
import type { Job } from '../api/api-types.ts';
import { ApiErrorMessage } from '../components/api-error-message.tsx';
import { FileField, InputField, SelectField } from '../components/form-field.tsx';
import { useSubmit } from '../components/use-submit.ts';
import type { MusicVideoOutput } from '../../../src/pipelines/music-video/music-video-pipeline.ts';
import { EditTimeline } from './edit-timeline.tsx';
import { PictureRedraws, SectionStyles, sectionName } from './picture-edits.tsx';
import { postMusicVideoEdits, uploadPicture, type AssetSummary, type AudioAnalysis } from './music-video-api.ts';
import { barLines, clampCut, cutLimits, editsRequest, hasEdits, movedCuts, nearestBeat, noEdits, seconds, type PendingEdits } from './music-video-edits.ts';

export interface MusicVideoEditorProps {
  jobId: string;
  output: MusicVideoOutput;
  fps: number;
  /** Bar 1 as the video being edited had it, if it was set by hand. */
  barOneSeconds?: number;
  analysis: AudioAnalysis;
  /** The pictures, to name the moments by. */
  images: AssetSummary[];
  onStarted(job: Job): void;
}

export function MusicVideoEditor({ jobId, output, fps, barOneSeconds, analysis, images, onStarted }: MusicVideoEditorProps) {
  const [edits, setEdits] = useState<PendingEdits>(noEdits);
  const [selected, setSelected] = useState<number>();
  const [typed, setTyped] = useState<string>();
  const [here, setHere] = useState<number>();
  const [moment, setMoment] = useState('0');
  const [picture, setPicture] = useState<File>();
  const listed = output.cuts;
  const cuts = movedCuts(listed, edits.moves);
  const locked = edits.barOneSeconds !== undefined;
  const limitsOf = (index: number) => cutLimits(listed, edits.moves, index, output.duration, fps);
  const move = (index: number, to: number) => {
    const at = clampCut(to, limitsOf(index));
    setEdits((current) => ({ ...current, moves: { ...current.moves, [index]: at } }));
    setTyped(undefined);
  };
  const select = (index: number) => {
    setSelected(index);
    setTyped(undefined);
  };
  const momentName = (index: number) => {
    const image = images.find((candidate) => Number(candidate.metadata.index) === index);
    const about = image?.metadata.moment as { timestamp?: number; description?: string } | undefined;
    return `Picture ${index + 1}${about?.description ? `: ${about.description}` : ''}${about?.timestamp === undefined ? '' : ` at ${seconds(about.timestamp)}`}`;
  };

  const swap = useSubmit(async () => {
    if (!picture) return;
    const asset = await uploadPicture(picture);
    const index = Number(moment);
    setEdits((current) => ({ ...current, swaps: [...current.swaps.filter((old) => old.moment !== index), { moment: index, assetId: asset.id, name: picture.name }] }));
  });
  const render = useSubmit(async () => onStarted(await postMusicVideoEdits(jobId, editsRequest(listed, edits))));

  const selectedLimits = selected === undefined ? undefined : limitsOf(selected);
  const typedValue = typed ?? (selected === undefined ? '' : String(cuts[selected]));
  const typedProblem = selectedLimits && typed !== undefined && !(Number(typed) >= selectedLimits.min && Number(typed) <= selectedLimits.max)
    ? `Type a time from ${selectedLimits.min} to ${selectedLimits.max} s.` : undefined;
  const moved = Object.keys(edits.moves).map(Number).filter((index) => edits.moves[index] !== listed[index]).sort((a, b) => a - b);

  return (
    <section className="music-video-editor" aria-labelledby="music-video-editor">
      <h3 id="music-video-editor">Edit the video</h3>
      <p className="hint" id="music-video-editor-hint">
        Drag a numbered cut along the timeline, or focus it and use the arrow keys (Shift for whole seconds); a cut stays
        half a second from its neighbours. Tap the timeline to choose a time for bar 1. The tall lines are bar lines, the ticks beats.
      </p>
      <EditTimeline analysis={analysis} duration={output.duration} cuts={cuts} listedCuts={listed} hardCuts={output.hardCuts}
        shotPictures={output.shotPictures} bars={barLines(analysis, edits.barOneSeconds ?? barOneSeconds)} selected={selected} here={here}
        locked={locked} limitsOf={limitsOf} onSelect={select} onMove={move} onHere={setHere} />

      <div className="form-row music-video-editor__controls">
        <InputField label={selected === undefined ? 'Selected cut (choose one on the timeline)' : `Cut ${selected + 1} at (seconds)`}
          type="number" inputMode="decimal" step="0.01" disabled={selected === undefined || locked}
          min={selectedLimits?.min} max={selectedLimits?.max} value={typedValue} problem={typedProblem}
          hint={selectedLimits ? `From ${selectedLimits.min} to ${selectedLimits.max} s.` : undefined}
          onChange={(event) => {
            setTyped(event.target.value);
            const value = Number(event.target.value);
            if (selected !== undefined && event.target.value !== '' && value >= selectedLimits!.min && value <= selectedLimits!.max) {
              setEdits((current) => ({ ...current, moves: { ...current.moves, [selected]: Math.round(value * 1000) / 1000 } }));
            }
          }} />
        <InputField label="Bar 1 at (seconds)" type="number" inputMode="decimal" step="0.01" min={0} max={output.duration}
          value={here === undefined ? '' : String(Math.round(here * 100) / 100)} onChange={(event) => setHere(event.target.value === '' ? undefined : Number(event.target.value))}
          actions={(
            <button type="button" className="button" disabled={here === undefined || !(here >= 0 && here < output.duration)}
              onClick={() => setEdits((current) => ({ ...current, moves: {}, barOneSeconds: Math.round(nearestBeat(analysis.beats, here!) * 1000) / 1000 }))}>
              Set bar 1 here
            </button>
          )}
          hint="Bar 1 moves to the nearest beat, and every cut follows the new bars (cut moves are dropped)." />
      </div>

      <div className="form-row music-video-editor__controls">
        <SelectField label="Picture to swap" value={moment} onChange={(event) => setMoment(event.target.value)}>
          {output.imageAssetIds.map((_, index) => <option key={index} value={index}>{momentName(index)}</option>)}
        </SelectField>
        <FileField label="Picture file" accept="image/png,image/jpeg,image/webp,image/gif" onChange={(event) => setPicture(event.target.files?.[0])}
          actions={<button type="button" className="button" disabled={!picture || swap.busy} onClick={() => void swap.run()}>{swap.busy ? 'Uploading…' : 'Swap picture'}</button>} />
      </div>
      {swap.error ? <ApiErrorMessage error={swap.error} action="The picture was not uploaded" /> : null}

      <h4>Draw again</h4>
      <p className="hint">A new picture is another drawing of the same scene; a section's style draws its pictures again from your words. Every other picture, and every shot that does not show a new one, is reused.</p>
      <PictureRedraws imageAssetIds={output.imageAssetIds} nameOf={momentName} pending={edits.redraws}
        onRedraw={(index) => setEdits((current) => ({ ...current, redraws: current.redraws.includes(index) ? current.redraws : [...current.redraws, index] }))} />
      <SectionStyles sections={analysis.sections} images={images}
        onApply={(section, style) => setEdits((current) => ({ ...current, sectionStyles: { ...current.sectionStyles, [section]: style } }))} />

      <h4>Changes to make</h4>
      {hasEdits(listed, edits) ? (
        <ul className="music-video-editor__pending" data-testid="pending-edits">
          {moved.map((index) => (
            <PendingItem key={`move-${index}`} onRemove={() => setEdits((current) => ({ ...current, moves: Object.fromEntries(Object.entries(current.moves).filter(([key]) => Number(key) !== index)) }))}>
              Cut {index + 1}: {seconds(listed[index])} → {seconds(edits.moves[index])}
            </PendingItem>
          ))}
          {edits.barOneSeconds === undefined ? null : (
            <PendingItem onRemove={() => setEdits((current) => ({ ...current, barOneSeconds: undefined }))}>Bar 1 at {seconds(edits.barOneSeconds)}</PendingItem>
          )}
          {edits.swaps.map((change) => (
            <PendingItem key={`swap-${change.moment}`} onRemove={() => setEdits((current) => ({ ...current, swaps: current.swaps.filter((old) => old.moment !== change.moment) }))}>
              {momentName(change.moment)} → {change.name}
            </PendingItem>
          ))}
          {edits.redraws.map((index) => (
            <PendingItem key={`redraw-${index}`} onRemove={() => setEdits((current) => ({ ...current, redraws: current.redraws.filter((old) => old !== index) }))}>
              New picture for {momentName(index)}
            </PendingItem>
          ))}
          {Object.entries(edits.sectionStyles).map(([section, style]) => (
            <PendingItem key={`style-${section}`} onRemove={() => setEdits((current) => ({ ...current, sectionStyles: Object.fromEntries(Object.entries(current.sectionStyles).filter(([key]) => key !== section)) }))}>
              {sectionName(Number(section), analysis.sections[Number(section)])}: “{style}”
            </PendingItem>
          ))}
        </ul>
      ) : <p className="muted">None yet.</p>}
      <div aria-live="polite">{render.error ? <ApiErrorMessage error={render.error} action="The video was not re-rendered" /> : null}</div>
      <button type="button" className="button button--primary" disabled={!hasEdits(listed, edits) || render.busy} onClick={() => void render.run()}>
        {render.busy ? 'Starting…' : 'Re-render with these changes'}
      </button>
    </section>
  );
}

function PendingItem({ children, onRemove }: { children: ReactNode; onRemove(): void }) {
  return (
    <li>
      <span>{children}</span>
      <button type="button" className="link-button music-video-editor__remove" onClick={onRemove}>Remove</button>
    </li>
  );
}
