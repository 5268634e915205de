import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { isLoopback, startServer } from '../src/server.js';

// Hardening issue, item 6: `agglomera serve` listened on every interface and created a platform
// admin and owners with the published password. It now listens on 127.0.0.1 unless a host is
// given, loads the demo on loopback or when asked, and says so on the console.

async function serve(options: { host?: string; demo?: 'auto' | 'always' | 'never' }) {
  const lines: string[] = [];
  const { app, handle } = await startServer({
    port: 0,
    dataDir: 'memory',
    log: (line) => lines.push(line),
    ...options,
  });
  const address = app.server.address() as AddressInfo;
  const users = await handle.db.selectFrom('users').select('email').execute();
  await app.close();
  return { address: address.address, users: users.length, log: lines.join('\n') };
}

describe('agglomera serve defaults', () => {
  it('tells loopback addresses from the others', () => {
    for (const h of ['127.0.0.1', '127.1.2.3', '::1', 'localhost']) expect(isLoopback(h)).toBe(true);
    for (const h of ['0.0.0.0', '::', '192.168.1.10', '127.0.0.1.example.org'])
      expect(isLoopback(h)).toBe(false);
  });

  it('listens on 127.0.0.1 by default and loads the demo there, saying so', async () => {
    const r = await serve({});
    expect(r.address).toBe('127.0.0.1');
    expect(r.users).toBeGreaterThan(0);
    expect(r.log).toContain('Demo logins');
    expect(r.log).toContain('only this machine can reach it');
  });

  it('does not load the demo when listening beyond this machine, unless asked', async () => {
    const open = await serve({ host: '0.0.0.0' });
    expect(open.address).toBe('0.0.0.0');
    expect(open.users).toBe(0);
    expect(open.log).toContain('The demo was not loaded');
    expect(open.log).toContain('other machines can reach it');

    const asked = await serve({ host: '0.0.0.0', demo: 'always' });
    expect(asked.users).toBeGreaterThan(0);
    expect(asked.log).toContain('WARNING: this database holds demo accounts');
  });
});
