import { afterEach, describe, expect, it } from 'vitest';
import { closedPortURL } from '../../providers/testing/closed-port.ts';
import { createObsConnection, type ObsConnection } from './obs-connection.ts';
import { startObsStandIn, type ObsStandIn } from './testing/obs-stand-in.ts';

describe('OBS connection (contract test against a local obs-websocket v5 stand-in)', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  const start = async (password?: string): Promise<ObsStandIn> => {
    const standIn = await startObsStandIn({ password });
    cleanups.push(() => standIn.close());
    return standIn;
  };
  const connect = (settings: Parameters<typeof createObsConnection>[0]): ObsConnection => {
    const connection = createObsConnection(settings);
    cleanups.push(() => connection.close());
    return connection;
  };

  it('authenticates with the password, switches the scene and writes the text source', async () => {
    const obs = await start('hunter2-secret');
    const connection = connect({ address: obs.address, password: 'hunter2-secret' });
    expect(await connection.connect()).toEqual({ obsVersion: '30.2.0' });
    await connection.switchScene('Lesson');
    await connection.showText('草（くさ） lol');
    expect(obs.currentScene()).toBe('Lesson');
    expect(obs.inputSettings('Kiln vocabulary')).toEqual({ text: '草（くさ） lol' });
    expect(obs.requests.map((request) => request.requestType)).toEqual(['GetVersion', 'SetCurrentProgramScene', 'SetInputSettings']);
  });

  it('says the password is wrong, and that one is needed when none is set', async () => {
    const obs = await start('right-password');
    await expect(connect({ address: obs.address, password: 'wrong' }).connect()).rejects.toThrow(/KILN_OBS_PASSWORD is not the one in OBS/);
    await expect(connect({ address: obs.address }).connect()).rejects.toThrow(/OBS asks for a password: set KILN_OBS_PASSWORD/);
    expect(obs.requests).toEqual([]);
  });

  it('says OBS is not running when nothing listens at the address', async () => {
    const address = (await closedPortURL()).replace(/^http/, 'ws');
    await expect(connect({ address }).connect()).rejects.toMatchObject({
      code: 'provider_unavailable',
      message: expect.stringMatching(/OBS is not reachable at ws:\/\/127\.0\.0\.1:\d+.*start OBS/),
    });
  });

  it('names a missing scene as OBS reports it, and says when OBS has gone away', async () => {
    const obs = await start();
    const connection = connect({ address: obs.address, timeoutMs: 500 });
    await expect(connection.switchScene('Nowhere')).rejects.toThrow(/OBS could not switch to the scene “Nowhere”: No source was found by the name of `Nowhere`/);
    await obs.close();
    await expect(connection.showText('x')).rejects.toMatchObject({ code: 'provider_unavailable', message: expect.stringMatching(/^OBS (at|is not reachable at) ws:/) });
  });
});
