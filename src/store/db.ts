// One query interface over two PostgreSQL engines: PGlite (PostgreSQL compiled to WebAssembly, in a
// folder, no server) by default, and a PostgreSQL server when SANAD_DATABASE_URL is set. Both speak
// the same SQL, so the schema, the migrations and every query are written once (src/store/*.ts).
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { SanadError } from '../errors.js';

export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface Db extends Sql {
  kind: 'embedded' | 'postgres';
  /** where the data lives: a folder, or the server's URL without its password */
  location: string;
  /** several statements, no parameters (migrations) */
  exec(text: string): Promise<void>;
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** the server's connection string, for the job queue (undefined when embedded) */
  url?: string;
}

export interface OpenOptions {
  /** the embedded library's folder (`--db`); default SANAD_DB, else the user's data folder */
  path?: string;
  /** a PostgreSQL connection string; default SANAD_DATABASE_URL */
  url?: string;
}

/** The embedded library's folder when none is given: $XDG_DATA_HOME/sanad/library or ~/.local/share/… */
export function defaultLibraryPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SANAD_DB) return env.SANAD_DB;
  const base =
    env.XDG_DATA_HOME ||
    (process.platform === 'darwin'
      ? join(homedir(), 'Library', 'Application Support')
      : process.platform === 'win32'
        ? (env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'))
        : join(homedir(), '.local', 'share'));
  return join(base, 'sanad', 'library');
}

/** A server URL when one is asked for (--db postgres://…, or SANAD_DATABASE_URL without --db). */
export function resolveTarget(opts: OpenOptions, env: NodeJS.ProcessEnv = process.env): OpenOptions {
  if (opts.url) return { url: opts.url };
  if (opts.path && /^postgres(ql)?:\/\//.test(opts.path)) return { url: opts.path };
  if (!opts.path && env.SANAD_DATABASE_URL) return { url: env.SANAD_DATABASE_URL };
  return { path: opts.path ?? defaultLibraryPath(env) };
}

export async function openDb(opts: OpenOptions = {}): Promise<Db> {
  const target = resolveTarget(opts);
  return target.url ? openServer(target.url) : openEmbedded(target.path!);
}

async function openServer(url: string): Promise<Db> {
  const { default: pg } = await import('pg');
  // counts come back as numbers, not strings (ids and counts here stay far below 2^53)
  pg.types.setTypeParser(20, (v: string) => Number(v));
  const pool = new pg.Pool({ connectionString: url, max: SERVER_POOL_SIZE });
  pool.on('error', () => {}); // a dropped idle connection is replaced on the next query
  try {
    await pool.query('select 1');
  } catch (e) {
    await pool.end();
    throw new SanadError('E_DB', `cannot reach the PostgreSQL server (${(e as Error).message})`);
  }
  const run = async <T>(client: { query: typeof pool.query }, text: string, params?: unknown[]) =>
    (await client.query(text, params as unknown[])).rows as T[];
  return {
    kind: 'postgres',
    location: url.replace(/:[^:@/]*@/, ':***@'),
    url,
    query: (text, params) => run(pool, text, params),
    exec: async (text) => void (await pool.query(text)),
    async transaction(fn) {
      const client = await pool.connect();
      // a server that goes away (a restart) while the client is checked out emits an error on it;
      // unheard, it would end the process. The query under way fails with it and is what counts.
      const lost = () => {};
      client.on('error', lost);
      let broken: Error | undefined;
      try {
        await client.query('begin');
        const out = await fn({ query: (text, params) => run(client as never, text, params) });
        await client.query('commit');
        return out;
      } catch (e) {
        await client.query('rollback').catch((r: Error) => (broken = r));
        throw e;
      } finally {
        client.off('error', lost);
        // a client whose rollback failed is broken: dropped, not handed out again
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}

// a worker runs a few queries at a time; more connections only cost the server memory
const SERVER_POOL_SIZE = 4;

async function openEmbedded(path: string): Promise<Db> {
  mkdirSync(path, { recursive: true });
  const release = lockFolder(path);
  const { PGlite } = await import('@electric-sql/pglite');
  let db;
  try {
    db = await PGlite.create({ dataDir: join(path, 'pgdata') });
  } catch (e) {
    release();
    throw new SanadError('E_DB', `cannot open the library in ${path} (${(e as Error).message})`);
  }
  const pglite = db;
  // PGlite runs one statement at a time; a transaction holds it, so queries outside wait their turn
  return {
    kind: 'embedded',
    location: path,
    query: async (text, params) => (await pglite.query(text, params)).rows as never,
    exec: async (text) => void (await pglite.exec(text)),
    transaction: (fn) =>
      pglite.transaction((tx) =>
        fn({ query: async (text, params) => (await tx.query(text, params)).rows as never }),
      ),
    async close() {
      try {
        await pglite.close();
      } finally {
        release();
      }
    },
  };
}

/**
 * One process at a time in an embedded library: PGlite takes no lock of its own, and two processes
 * writing one folder corrupt it. The lock file holds the owner's pid; a lock whose process is gone
 * (killed with -9) is taken over.
 */
function lockFolder(path: string): () => void {
  const file = join(path, 'sanad.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      const release = () => rmSync(file, { force: true });
      process.once('exit', release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = Number(readFileSync(file, 'utf8'));
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new SanadError('E_LOCKED', `the library in ${path} is in use by process ${owner}`);
      }
      rmSync(file, { force: true });
    }
  }
  throw new SanadError('E_LOCKED', `cannot lock the library in ${path}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
