/**
 * The editor's two ways of drawing pictures again: "New picture" beside each picture (the same
 * prompt, a new seed) and a style of its own for one section of the song (its pictures drawn from
 * those words). Both only add to the pending changes; the editor's "Re-render" sends them.
 */
import { useState } from 'react';
import { InputField } from '../components/form-field.tsx';
import { clock } from './intensity-chart.tsx';
import type { AssetSummary, AudioAnalysis } from './music-video-api.ts';
import { longestStyle, sectionStyleProblem } from './music-video-edits.ts';
import { useAssetUrl } from './use-asset-url.ts';

export interface PictureRedrawsProps {
  imageAssetIds: string[];
  /** How the editor names picture `index` ("Picture 2: drop at 3.00 s"). */
  nameOf(index: number): string;
  pending: number[];
  onRedraw(index: number): void;
}

export function PictureRedraws({ imageAssetIds, nameOf, pending, onRedraw }: PictureRedrawsProps) {
  return (
    <ul className="music-video-editor__pictures" data-testid="picture-redraws">
      {imageAssetIds.map((assetId, index) => (
        <PictureRow key={`${index}-${assetId}`} assetId={assetId} name={nameOf(index)} asked={pending.includes(index)} onRedraw={() => onRedraw(index)} />
      ))}
    </ul>
  );
}

function PictureRow({ assetId, name, asked, onRedraw }: { assetId: string; name: string; asked: boolean; onRedraw(): void }) {
  const url = useAssetUrl(assetId);
  return (
    <li>
      {/* The name beside it says what the picture is; the gallery above carries the alt text. */}
      {url ? <img src={url} alt="" width={96} height={54} loading="lazy" /> : <span className="music-video-editor__thumb" />}
      <span>{name}</span>
      <button type="button" className="button" disabled={asked} aria-label={`New picture for ${name}`} onClick={onRedraw}>
        {asked ? 'New picture asked' : 'New picture'}
      </button>
    </li>
  );
}

export interface SectionStylesProps {
  sections: AudioAnalysis['sections'];
  /** The pictures (to say how many each section's new style draws again). */
  images: AssetSummary[];
  onApply(section: number, style: string): void;
}

export function SectionStyles({ sections, images, onApply }: SectionStylesProps) {
  return (
    <div className="music-video-editor__sections" data-testid="section-styles">
      {sections.map((section, index) => {
        const pictures = images.filter((image) => image.metadata.section === index).length;
        return <SectionStyleField key={`${index}-${section.start}`} index={index} section={section} pictures={pictures} onApply={(style) => onApply(index, style)} />;
      })}
    </div>
  );
}

/** How the editor names section `index` (0 first): by its number, its label and its times. */
export function sectionName(index: number, section: { start: number; end: number; label?: string }): string {
  return `Section ${index + 1}${section.label ? ` (${section.label})` : ''}, ${clock(section.start)}–${clock(section.end)}`;
}

function SectionStyleField({ index, section, pictures, onApply }: { index: number; section: AudioAnalysis['sections'][number]; pictures: number; onApply(style: string): void }) {
  const [style, setStyle] = useState('');
  const [tried, setTried] = useState(false);
  const problem = tried ? sectionStyleProblem(style) : undefined;
  const name = sectionName(index, section);
  const apply = () => {
    setTried(true);
    if (sectionStyleProblem(style)) return;
    onApply(style.trim());
    setStyle('');
    setTried(false);
  };
  return (
    <InputField label={`Change style: ${name}`} value={style} maxLength={longestStyle} placeholder="e.g. city rooftops at night, neon"
      problem={problem} hint={pictures > 0 ? `Draws its ${pictures === 1 ? 'picture' : `${pictures} pictures`} again from these words.` : undefined}
      onChange={(event) => setStyle(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          apply();
        }
      }}
      actions={<button type="button" className="button" aria-label={`Apply the style to section ${index + 1}`} onClick={apply}>Apply</button>} />
  );
}
