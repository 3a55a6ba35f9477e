import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

interface StandInNote { noteId: number; deckName: string; modelName: string; fields: Record<string, string>; tags: string[] }

/**
 * A local stand-in for AnkiConnect (protocol version 6): one POST endpoint taking `{action, version,
 * params}` and answering `{result, error}`, with the actions the studio uses, over an in-memory
 * collection. `failNextAddNotes` answers one addNotes with an error, as a crash halfway would.
 */
export async function startAnkiConnectStandIn() {
  const notes: StandInNote[] = [];
  const decks = new Set<string>(['Default']);
  const models = new Map<string, string[]>([['Basic', ['Front', 'Back']]]);
  const templates = new Map<string, Record<string, { Front: string; Back: string }>>();
  const calls: string[] = [];
  /** Every request's action and params, in order, for contract tests that check what was sent. */
  const requests: { action: string; params: unknown }[] = [];
  const media = new Map<string, Buffer>();
  let nextId = 1_700_000_000_000;
  const state = { failNextAddNotes: false };
  const isDuplicate = (note: Omit<StandInNote, 'noteId'>) => {
    const first = models.get(note.modelName)?.[0] ?? '';
    return notes.some((existing) => existing.deckName === note.deckName && existing.fields[first] === note.fields[first]);
  };
  const actions: Record<string, (params: any) => unknown> = {
    version: () => 6,
    createDeck: ({ deck }) => { decks.add(deck); return 1; },
    modelNames: () => [...models.keys()],
    createModel: ({ modelName, inOrderFields, cardTemplates }) => {
      models.set(modelName, inOrderFields);
      templates.set(modelName, Object.fromEntries((cardTemplates ?? []).map((template: { Name: string; Front: string; Back: string }) => [template.Name, template])));
      return { name: modelName };
    },
    modelFieldNames: ({ modelName }) => {
      if (!models.has(modelName)) throw new Error(`model was not found: ${modelName}`);
      return models.get(modelName);
    },
    updateModelTemplates: ({ model }) => {
      if (!models.has(model?.name)) throw new Error(`model was not found: ${model?.name}`);
      templates.set(model.name, model.templates);
      return null;
    },
    modelFieldAdd: ({ modelName, fieldName, index }) => {
      const fields = models.get(modelName);
      if (!fields) throw new Error(`model was not found: ${modelName}`);
      if (fields.includes(fieldName)) throw new Error(`field already exists: ${fieldName}`);
      fields.splice(index ?? fields.length, 0, fieldName);
      return null;
    },
    canAddNotes: ({ notes: candidates }) => candidates.map((note: StandInNote) => decks.has(note.deckName) && models.has(note.modelName) && !isDuplicate(note)),
    addNotes: ({ notes: candidates }) => {
      if (state.failNextAddNotes) { state.failNextAddNotes = false; throw new Error('collection is not available'); }
      return candidates.map((note: StandInNote) => {
        if (isDuplicate(note)) return null;
        const noteId = nextId++;
        // As AnkiConnect does, a field the note type lacks is dropped without an error.
        const known = models.get(note.modelName) ?? [];
        notes.push({ ...note, fields: Object.fromEntries(Object.entries(note.fields).filter(([name]) => known.includes(name))), noteId });
        return noteId;
      });
    },
    storeMediaFile: ({ filename, data }) => {
      if (typeof filename !== 'string' || typeof data !== 'string' || data.length === 0) throw new Error('storeMediaFile needs a filename and base64 data');
      media.set(filename, Buffer.from(data, 'base64'));
      return filename;
    },
    findNotes: ({ query }) => {
      const deck = /deck:"((?:[^"\\]|\\.)*)"/.exec(query)?.[1]?.replaceAll('\\"', '"');
      const field = /"(\w+):((?:[^"\\]|\\.)*)"/.exec(query.replace(/deck:"(?:[^"\\]|\\.)*"/, ''));
      return notes.filter((note) => (!deck || note.deckName === deck) && (!field || note.fields[field[1]] === field[2].replaceAll('\\"', '"'))).map((note) => note.noteId);
    },
    notesInfo: ({ notes: ids }) => ids.map((id: number) => {
      const note = notes.find((candidate) => candidate.noteId === id)!;
      return { noteId: id, modelName: note.modelName, tags: note.tags, fields: Object.fromEntries(Object.entries(note.fields).map(([name, value], order) => [name, { value, order }])) };
    }),
  };
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const { action, version, params } = JSON.parse(body) as { action: string; version: number; params?: Record<string, unknown> };
      calls.push(action);
      requests.push({ action, params });
      let answer: { result: unknown; error: string | null };
      try {
        if (version !== 6) throw new Error(`unsupported version ${version}`);
        if (!actions[action]) throw new Error('unsupported action');
        answer = { result: actions[action](params ?? {}), error: null };
      } catch (error) {
        answer = { result: null, error: (error as Error).message };
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    notes, calls, requests, state, media, models, templates,
    addNote(note: Omit<StandInNote, 'noteId'>) { decks.add(note.deckName); notes.push({ ...note, noteId: nextId++ }); },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
