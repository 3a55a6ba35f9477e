import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import { buildApp } from '../build-app.ts';

let testRuntime: TestRuntime;
let app: FastifyInstance;
let parent: { authorization: string };
let stranger: { authorization: string };

beforeAll(async () => {
  testRuntime = await createTestRuntime({ authMode: 'jwt' });
  app = await buildApp(testRuntime.runtime, { auth: testRuntime.auth });
  parent = await testRuntime.bearer('parent-a');
  stranger = await testRuntime.bearer('parent-b');
}, 60_000);
afterAll(async () => {
  await app?.close();
  await testRuntime?.close();
});

describe('profile routes', () => {
  it('creates, lists, changes and deletes a parent\'s own child profiles', async () => {
    const created = await app.inject({ method: 'POST', url: '/api/profiles', headers: parent, payload: { name: 'Leo', age: 7, interests: ['trains'], readingLevel: 'developing', preferredVoice: 'en-gb+f3' } });
    expect(created.statusCode).toBe(201);
    const profile = created.json();
    expect(profile).toMatchObject({ name: 'Leo', age: 7, interests: ['trains'], favouriteThings: [], language: 'en', preferredVoice: 'en-gb+f3' });
    const changed = await app.inject({ method: 'PATCH', url: `/api/profiles/${profile.id}`, headers: parent, payload: { age: 8, favouriteThings: ['pancakes'] } });
    expect(changed.json()).toMatchObject({ name: 'Leo', age: 8, favouriteThings: ['pancakes'] });
    expect((await app.inject({ method: 'GET', url: '/api/profiles', headers: parent })).json().profiles.map((item: { id: string }) => item.id)).toContain(profile.id);
    expect((await app.inject({ method: 'DELETE', url: `/api/profiles/${profile.id}`, headers: parent })).statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: `/api/profiles/${profile.id}`, headers: parent })).statusCode).toBe(404);
  });

  it('changes only the fields a PATCH sends, keeping the others as they were', async () => {
    const payload = { name: 'Mia', age: 6, interests: ['owls'], favouriteThings: ['kites'], readingLevel: 'early', language: 'fr', preferredVoice: 'fr+f2' };
    const profile = (await app.inject({ method: 'POST', url: '/api/profiles', headers: parent, payload })).json();
    const changed = await app.inject({ method: 'PATCH', url: `/api/profiles/${profile.id}`, headers: parent, payload: { age: 7 } });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ ...payload, age: 7 });
    expect((await app.inject({ method: 'GET', url: `/api/profiles/${profile.id}`, headers: parent })).json()).toMatchObject({ ...payload, age: 7 });
  });

  it('keeps profiles private: another parent gets 404 and an empty list', async () => {
    const profile = (await app.inject({ method: 'POST', url: '/api/profiles', headers: parent, payload: { name: 'Ada', age: 4 } })).json();
    for (const method of ['GET', 'PATCH', 'DELETE'] as const) {
      const response = await app.inject({ method, url: `/api/profiles/${profile.id}`, headers: stranger, ...(method === 'PATCH' ? { payload: { age: 5 } } : {}) });
      expect(response.statusCode, method).toBe(404);
    }
    expect((await app.inject({ method: 'GET', url: '/api/profiles', headers: stranger })).json().profiles).toEqual([]);
    expect((await app.inject({ method: 'GET', url: `/api/profiles/${profile.id}`, headers: parent })).json().age).toBe(4);
  });

  it.each([
    [{ name: '', age: 5 }, /name/],
    [{ name: 'Bo', age: 0 }, /age/],
    [{ name: 'Bo', age: 30 }, /age/],
    [{ name: 'Bo', age: 5, language: 'English!' }, /language code/],
    [{ name: 'Bo', age: 5, shoeSize: 3 }, /shoeSize/],
  ])('refuses %j with a 400 naming the field', async (payload, field) => {
    const response = await app.inject({ method: 'POST', url: '/api/profiles', headers: parent, payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(field);
  });

  it('sets kiln.user_id for row-level security and enforces the policy for a role that does not bypass it', async () => {
    const database = testRuntime.runtime.database!;
    await app.inject({ method: 'POST', url: '/api/profiles', headers: parent, payload: { name: 'Rowan', age: 6 } });
    const visible = await database.transaction(async (session) => {
      await session.exec(`DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kiln_rls_probe') THEN CREATE ROLE kiln_rls_probe; END IF; END $$;`);
      await session.exec('GRANT SELECT ON child_profiles TO kiln_rls_probe');
      await session.exec('SET LOCAL ROLE kiln_rls_probe');
      await session.query(`SELECT set_config('kiln.user_id', 'parent-b', true)`);
      const asStranger = await session.query<{ name: string }>('SELECT name FROM child_profiles');
      await session.query(`SELECT set_config('kiln.user_id', 'parent-a', true)`);
      const asParent = await session.query<{ name: string }>('SELECT name FROM child_profiles');
      return { asStranger, asParent };
    });
    expect(visible.asStranger).toEqual([]);
    expect(visible.asParent.map((row) => row.name)).toContain('Rowan');
  });
});
