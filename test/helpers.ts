// Shared helpers for the end-to-end tests: run the built CLI, walk every span of an analysis.
import { execFile, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export { needShared, readShared, seedsDir, shared } from './shared-data.js';

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
  /** the signal that ended the process, when one did (status is then -1) */
  signal?: string;
}

export function sanad(args: string[], input?: string | Buffer): CliResult {
  const r = spawnSync(process.execPath, [`${root}dist/cli/main.js`, ...args], {
    input,
    cwd: root,
    maxBuffer: 256 * 1024 * 1024,
  });
  return {
    status: r.status ?? -1,
    stdout: r.stdout?.toString('utf8') ?? '',
    stderr: (r.stderr?.toString('utf8') ?? '') + (r.error ? `\n(spawn: ${r.error.message})` : ''),
    ...(r.signal ? { signal: r.signal } : {}),
  };
}

/** `sanad` without blocking the test's event loop: for runs of minutes (the runner's heartbeat would time out). */
export function sanadAsync(args: string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [`${root}dist/cli/main.js`, ...args],
      { cwd: root, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error);
        else resolve({ status: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}

export interface AnySpan {
  article: string;
  start: number;
  end: number;
  text: string;
}

/** Every object in the analysis that looks like a span: { article, start, end, text }. */
export function allSpans(value: unknown, out: AnySpan[] = []): AnySpan[] {
  if (Array.isArray(value)) {
    for (const v of value) allSpans(v, out);
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (
      typeof o.article === 'string' &&
      typeof o.start === 'number' &&
      typeof o.end === 'number' &&
      typeof o.text === 'string'
    ) {
      out.push(o as unknown as AnySpan);
    }
    for (const v of Object.values(o)) allSpans(v, out);
  }
  return out;
}
