// `sanad serve`: the web app and HTTP API over the library (src/server). Loaded lazily.
import { Command, InvalidArgumentError } from 'commander';
import { ALLOW_PRIVATE_URLS, allowPrivateUrls } from './library-commands.js';

// a port nothing common uses by default, so a first `sanad serve` rarely collides
export const DEFAULT_PORT = 8731;

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number');
  return n;
}

function megabytes(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a size in megabytes');
  return n;
}

// on Ctrl-C, a running job gets this long to finish before the process ends anyway
const STOP_WAIT_MS = 3000;

/** Upload folders left by a server killed mid-upload are removed at start (src/server/upload-folders.ts). */
async function sweepUploads(startedAt: number): Promise<void> {
  const { sweepStaleUploads } = await import('../server/upload-folders.js');
  const removed = await sweepStaleUploads(startedAt).catch(() => []);
  if (removed.length)
    process.stderr.write(`sanad: removed ${removed.length} upload folder(s) left by a stopped server\n`);
}

interface ServeFlags {
  port: number;
  host: string;
  db?: string;
  token?: string;
  maxUploadMb?: number;
  allowPrivateUrls?: boolean;
}

export function registerServeCommand(program: Command, version: string): void {
  program
    .command('serve')
    .description('the web app and HTTP API over the library (127.0.0.1 unless --host; a token off loopback)')
    .option('--port <n>', 'port (0: any free port)', port, DEFAULT_PORT)
    .option('--host <address>', 'address to bind; any but loopback needs a token', '127.0.0.1')
    .option('--db <path>', 'library folder or postgres:// URL')
    .option('--token <token>', 'required on every request (default: SANAD_TOKEN); needed off loopback')
    .option('--max-upload-mb <n>', 'largest uploaded file or pasted article, in MB (default 20)', megabytes)
    .option(...ALLOW_PRIVATE_URLS)
    .action(async (opts: ServeFlags) => {
      const startedAt = Date.now();
      await allowPrivateUrls(opts.allowPrivateUrls);
      const { checkStartup } = await import('../server/security.js');
      // refuse before opening anything: a public address without a token is a configuration error
      const token = checkStartup(opts.host, opts.token ?? process.env.SANAD_TOKEN);
      const { openLibrary } = await import('../library/library.js');
      const { buildServer } = await import('../server/app.js');
      const db = await openLibrary({ path: opts.db });
      const { app, jobs } = await buildServer({
        db,
        host: opts.host,
        token,
        version,
        maxUploadBytes: opts.maxUploadMb ? Math.round(opts.maxUploadMb * 1024 * 1024) : undefined,
      });
      await sweepUploads(startedAt);
      const address = await app.listen({ port: opts.port, host: opts.host });
      process.stderr.write(
        `sanad: serving ${db.location} at ${address}${token ? ' (token required)' : ''}\n`,
      );
      // a job cut short is safe: the library finishes what a killed run left undone on the next one
      const stop = async () => {
        await app.close();
        await Promise.race([jobs.idle(), new Promise((r) => setTimeout(r, STOP_WAIT_MS))]);
        await db.close().catch(() => {});
        process.exit();
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
    });
}
