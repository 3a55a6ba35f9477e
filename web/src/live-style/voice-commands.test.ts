import { describe, expect, it } from 'vitest';
import { parseVoiceCommand } from './voice-commands.ts';

const presets = [
  { name: 'oil-paint', label: 'Oil paint' },
  { name: 'pencil-sketch', label: 'Pencil sketch' },
  { name: 'watercolor', label: 'Watercolour' },
  { name: 'neon-edges', label: 'Neon edges' },
];

describe('voice commands', () => {
  it.each([
    ['Oil paint', 'oil-paint'],
    ['switch to pencil sketch', 'pencil-sketch'],
    ['preset neon edges', 'neon-edges'],
    ['use the watercolor style', 'watercolor'],
    ['okay make it look like oil paint', 'oil-paint'],
  ])('"%s" picks the %s preset', (spoken, preset) => {
    expect(parseVoiceCommand(spoken, presets)).toEqual({ kind: 'style', style: { preset } });
  });

  it('turns any other phrase into a prompt, without the lead-in', () => {
    expect(parseVoiceCommand('make it a watercolour at sunset', presets)).toEqual({ kind: 'style', style: { prompt: 'a watercolour at sunset' } });
    expect(parseVoiceCommand('cyberpunk city lights', presets)).toEqual({ kind: 'style', style: { prompt: 'cyberpunk city lights' } });
  });

  it('pauses and resumes the camera, and ignores silence', () => {
    expect(parseVoiceCommand('Stop camera', presets)).toEqual({ kind: 'pause' });
    expect(parseVoiceCommand('resume', presets)).toEqual({ kind: 'resume' });
    expect(parseVoiceCommand('  ', presets)).toEqual({ kind: 'none' });
  });
});
