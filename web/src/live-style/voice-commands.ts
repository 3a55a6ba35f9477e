import type { LiveStyle, PresetSummary } from '../../../src/live-style/live-messages.ts';

/**
 * What a spoken phrase asks for. "Oil paint", "switch to pencil sketch" or "preset neon edges"
 * pick a preset by name; "make it a watercolour at sunset" or any other phrase becomes the prompt,
 * whose words the server maps to a look. "Stop"/"pause" and "start"/"resume" pause the camera.
 */
export type VoiceCommand = { kind: 'style'; style: LiveStyle } | { kind: 'pause' } | { kind: 'resume' } | { kind: 'none' };

const leadIns = /^(?:(?:please|ok|okay|hey kiln)\s+)*(?:(?:switch|change|go)\s+(?:it\s+)?to|use(?:\s+the)?|preset|style|make\s+(?:it|me)(?:\s+look)?(?:\s+like)?|turn\s+(?:it|me)\s+into|apply)?\s*/i;

function normalize(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

export function parseVoiceCommand(transcript: string, presets: readonly PresetSummary[]): VoiceCommand {
  const spoken = transcript.trim();
  if (spoken === '') return { kind: 'none' };
  const words = normalize(spoken);
  if (/^(stop|pause)( camera| streaming| the camera)?$/.test(words)) return { kind: 'pause' };
  if (/^(start|resume|go on|continue)( camera| streaming| the camera)?$/.test(words)) return { kind: 'resume' };
  const rest = normalize(spoken.replace(leadIns, '')).replace(/^(a|an|the)\s+/, '').replace(/\s+(style|look|preset|filter|effect)$/, '');
  const preset = presets.find((candidate) => normalize(candidate.name) === rest || normalize(candidate.label) === rest
    // Speech recognisers spell British and American words either way.
    || normalize(candidate.label).replace('colour', 'color') === rest.replace('colour', 'color'));
  if (preset) return { kind: 'style', style: { preset: preset.name } };
  return { kind: 'style', style: { prompt: spoken.replace(leadIns, '').trim() || spoken } };
}
