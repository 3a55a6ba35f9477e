import { describe, expect, it } from 'vitest';
import type { VocabularyEntry } from '../store/vocabulary-entry.ts';
import { ankiFieldChecksum, readAnkiPackage, stripAnkiHtml } from '../testing/read-anki-package.ts';
import { sampleAnalysis } from '../testing/sample-analysis.ts';
import { exportApkg } from './export-apkg.ts';

const entries: VocabularyEntry[] = sampleAnalysis().items.map((item, index) => ({
  id: `e${index}`, expression: item.expression, dictionaryForm: item.dictionaryForm, reading: item.reading, romaji: item.romaji, english: item.english,
  meaningSource: item.meaningSource, kind: item.kind, difficulty: item.difficulty, tags: item.tags, note: item.note, status: 'new',
  firstSeenAt: new Date(0).toISOString(), totalCount: item.count, example: { ...item.occurrences[0], streamId: 's1', iPlusOne: false },
}));
// A first field with markup-significant characters, so "stripped" is tested, not assumed.
const withAmpersand: VocabularyEntry = { ...entries[0], id: 'amp', expression: 'R&D', dictionaryForm: 'R&D' };

describe('exportApkg, read back as Anki reads a collection', () => {
  it('passes Anki\'s checks: csum of the stripped first field, mod in seconds, a curModel that exists', async () => {
    const before = Math.floor(Date.now() / 1000);
    const apkg = await readAnkiPackage(await exportApkg([...entries, withAmpersand]));
    const after = Math.ceil(Date.now() / 1000);
    expect(apkg.notes).toHaveLength(4);
    for (const note of apkg.notes) {
      expect(note.csum, note.fields[0]).toBe(ankiFieldChecksum(note.fields[0]));
      expect(String(note.sfld)).toBe(stripAnkiHtml(note.fields[apkg.models[note.mid].sortf]));
      expect(note.mod).toBeGreaterThanOrEqual(before);
      expect(note.mod).toBeLessThanOrEqual(after);
      expect(Object.keys(apkg.models)).toContain(String(note.mid));
      expect(note.fields).toHaveLength(apkg.models[note.mid].flds.length);
    }
    expect(apkg.notes.find((note) => note.fields[0] === 'R&amp;D')?.csum).toBe(ankiFieldChecksum('R&D'));
    for (const card of apkg.cards) {
      expect(card.mod).toBeGreaterThanOrEqual(before);
      expect(card.mod).toBeLessThanOrEqual(after);
      expect(Object.keys(apkg.decks)).toContain(String(card.did));
    }
    expect(Object.keys(apkg.models)).toContain(String(apkg.conf.curModel));
  });

  it('credits JMdict/EDICT in the deck description when a meaning came from it', async () => {
    const apkg = await readAnkiPackage(await exportApkg(entries, { deckName: 'Kiln Vocabulary' }));
    const deck = Object.values(apkg.decks).find((candidate) => candidate.name === 'Kiln Vocabulary')!;
    expect(deck.desc).toMatch(/JMdict\/EDICT.*CC BY-SA 4\.0/);
    const glossaryOnly = await readAnkiPackage(await exportApkg(entries.filter((entry) => entry.meaningSource !== 'jmdict'), { deckName: 'Kiln Vocabulary' }));
    expect(Object.values(glossaryOnly.decks).find((candidate) => candidate.name === 'Kiln Vocabulary')!.desc).not.toMatch(/JMdict/);
  });

  it('keeps a note\'s guid when its meaning changes, so a re-import updates the card instead of adding a second one', async () => {
    const first = await readAnkiPackage(await exportApkg(entries));
    const changed = await readAnkiPackage(await exportApkg(entries.map((entry) => ({ ...entry, english: `${entry.english} (revised)` }))));
    expect(changed.notes.map((note) => note.guid).sort()).toEqual(first.notes.map((note) => note.guid).sort());
  });
});
