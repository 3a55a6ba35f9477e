import { BlockList, isIP } from 'node:net';

const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

/**
 * True for hosts only this machine can reach: `localhost`, 127.0.0.0/8, ::1 (also as
 * ::ffff:127.x). `0.0.0.0`, `::`, LAN addresses and other names are not.
 */
export function isLoopbackHost(host: string): boolean {
  const bare = host.trim().replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (bare === 'localhost') return true;
  const family = isIP(bare);
  if (family === 4) return loopback.check(bare, 'ipv4');
  if (family === 6) {
    const mappedIpv4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(bare);
    return mappedIpv4 ? loopback.check(mappedIpv4[1], 'ipv4') : loopback.check(bare, 'ipv6');
  }
  return false;
}
