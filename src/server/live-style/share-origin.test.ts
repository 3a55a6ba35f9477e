import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { shareOrigin } from './share-origin.ts';

const card = (address: string, internal = false, family: 'IPv4' | 'IPv6' = 'IPv4') =>
  ({ address, internal, family, netmask: '', mac: '', cidr: null }) as NetworkInterfaceInfo;
const interfaces = () => ({ lo: [card('127.0.0.1', true)], docker0: [card('fe80::1', false, 'IPv6')], eth0: [card('192.168.1.20')] });

describe('shareOrigin', () => {
  it('uses the configured public host first', () => {
    expect(shareOrigin({ publicHost: 'kiln.home.arpa', protocol: 'https', host: '127.0.0.1:8080', listening: { address: '0.0.0.0', port: 8080, family: 'IPv4' }, networkInterfaces: interfaces }))
      .toEqual({ origin: 'https://kiln.home.arpa', reach: 'public' });
  });

  it('uses the LAN address when the server listens on every address and the page is on loopback', () => {
    expect(shareOrigin({ protocol: 'http', host: 'localhost:8080', listening: { address: '0.0.0.0', port: 8080, family: 'IPv4' }, networkInterfaces: interfaces }))
      .toEqual({ origin: 'http://192.168.1.20:8080', reach: 'network' });
  });

  it('keeps the address the page was opened by when it is not loopback', () => {
    expect(shareOrigin({ protocol: 'http', host: 'studio.lan:8080', listening: { address: '0.0.0.0', port: 8080, family: 'IPv4' }, networkInterfaces: interfaces }))
      .toEqual({ origin: 'http://studio.lan:8080', reach: 'network' });
  });

  it('says a loopback-only server shares links that work only on this computer', () => {
    expect(shareOrigin({ protocol: 'http', host: '127.0.0.1:8080', listening: { address: '127.0.0.1', port: 8080, family: 'IPv4' }, networkInterfaces: interfaces }))
      .toEqual({ origin: 'http://127.0.0.1:8080', reach: 'this-computer' });
    expect(shareOrigin({ protocol: 'http', host: '127.0.0.1:8080', listening: { address: '0.0.0.0', port: 8080, family: 'IPv4' }, networkInterfaces: () => ({ lo: [card('127.0.0.1', true)] }) }).reach)
      .toBe('this-computer');
  });
});
