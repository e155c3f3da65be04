// Stage 5 of bench/run.ts: the cold start of the CLI on the seeds, each fresh `sanad analyze`
// beside a bare `node -e 0` run right after it, the floor a loaded machine sets, to read the figure
// against while the load drifts.
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import type { Results } from './measure.js';
import { cli, seedsDir } from './options.js';

/** Wall milliseconds of a fresh node process on `args`; its CPU seconds pushed to `cpu` when /usr/bin/time can tell. */
function fresh(args: string[], cpu: number[], timed: boolean): number {
  const t0 = performance.now();
  const r = timed
    ? spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, ...args], {
        stdio: ['ignore', 'ignore', 'pipe'],
        encoding: 'utf8',
      })
    : spawnSync(process.execPath, args, { stdio: 'ignore', encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${String(r.stderr ?? '')}`);
  if (timed) {
    const [user, system] = String(r.stderr).trim().split('\n').pop()!.split(' ').map(Number);
    cpu.push(user + system);
  }
  return ms;
}

/** 5. `sanad analyze` on the seeds, best of `coldRuns` fresh processes (skipped without dist/ or the seeds) */
export function benchColdStart(coldRuns: number, { rows, figures }: Results): void {
  if (!existsSync(cli) || !existsSync(seedsDir)) return;
  const runs: number[] = [];
  const bare: number[] = [];
  // CPU seconds (user + system) of each process, when /usr/bin/time can tell: on a machine shared
  // with other work the wall clock also counts the time spent waiting for a core
  const runsCpu: number[] = [];
  const bareCpu: number[] = [];
  const timed = existsSync('/usr/bin/time');
  for (let i = 0; i < coldRuns; i++) {
    runs.push(fresh([cli, 'analyze', seedsDir, '--output', '/dev/null'], runsCpu, timed));
    bare.push(fresh(['-e', '0'], bareCpu, timed));
  }
  const best = Math.min(...runs);
  figures.coldStartSeedsMs = best;
  figures.coldStartBareNodeMs = Math.min(...bare);
  figures.coldStartLoadAverage1m = loadavg()[0];
  const cpuNote = (cpu: number[]) => (cpu.length ? `${Math.min(...cpu).toFixed(2)} s CPU` : '');
  if (runsCpu.length) {
    figures.coldStartSeedsCpuSeconds = Math.min(...runsCpu);
    figures.coldStartBareNodeCpuSeconds = Math.min(...bareCpu);
  }
  rows.push([
    `bare \`node -e 0\`, same run (best of ${coldRuns}); load average ${loadavg()[0].toFixed(1)}`,
    `${(Math.min(...bare) / 1000).toFixed(2)} s`,
    cpuNote(bareCpu),
    '',
    '',
  ]);
  rows.push([
    `\`sanad analyze\` on the 5 seeds, fresh process (best of ${coldRuns})`,
    `${(best / 1000).toFixed(2)} s`,
    `${(best / Math.min(...bare)).toFixed(1)} x bare node`,
    cpuNote(runsCpu),
    runsCpu.length ? `${(Math.min(...runsCpu) / Math.min(...bareCpu)).toFixed(1)} x bare node's CPU` : '',
  ]);
}
