// A PostgreSQL server for the tests: the project's own script installs (Debian) and starts a
// throw-away server on 127.0.0.1, and each test file gets a fresh database of its own.
import { execFileSync } from 'node:child_process';
import { root } from './helpers.js';

let serverUrl: string | undefined;

/** Start (or find running) the test server; returns its URL. Takes minutes the first time (apt). */
export function startPostgres(): string {
  if (serverUrl) return serverUrl;
  // test files run in parallel: one at a time installs and starts the server (flock, util-linux);
  // --close, or the server started under the lock would inherit it and hold it for its whole life
  const out = execFileSync(
    'flock',
    ['--close', '/tmp/sanad-start-postgres.lock', 'bash', `${root}scripts/start-postgres.sh`],
    {
      encoding: 'utf8',
      timeout: 900_000,
    },
  );
  const m = /DATABASE_URL=(\S+)/.exec(out);
  if (!m) throw new Error(`scripts/start-postgres.sh printed no DATABASE_URL: ${out}`);
  serverUrl = m[1];
  return serverUrl;
}

/** A new empty database on the test server; returns its URL. */
export async function freshDatabase(prefix: string): Promise<string> {
  const url = startPostgres();
  const { default: pg } = await import('pg');
  const name = `${prefix}_${process.pid}_${Date.now()}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  return url.replace(/\/[^/]*$/, `/${name}`);
}
