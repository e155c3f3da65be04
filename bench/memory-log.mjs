// Where a process's memory goes, for `npm run load` and the like: loaded with
// NODE_OPTIONS="--import ./bench/memory-log.mjs", every node process of the run writes, every 10 s,
// one JSON line of process.memoryUsage() and V8's heap spaces (MB) to
// $MEMORY_LOG_DIR/memory-<pid>.jsonl (default: the system's temporary directory). Nothing in the app
// changes; `s` is the process's uptime in seconds and `argv` says which process it is.
import { appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setInterval } from 'node:timers';
import v8 from 'node:v8';

const SAMPLE_MS = 10_000;
const file = join(process.env.MEMORY_LOG_DIR ?? tmpdir(), `memory-${process.pid}.jsonl`);
const mb = (n) => Math.round(n / 1048576);
setInterval(() => {
  const m = process.memoryUsage();
  const spaces = Object.fromEntries(
    v8.getHeapSpaceStatistics().map((s) => [s.space_name, mb(s.space_used_size)]),
  );
  const line = {
    s: Math.round(process.uptime()),
    argv: process.argv.slice(2, 4).join(' '),
    rss: mb(m.rss),
    heapTotal: mb(m.heapTotal),
    heapUsed: mb(m.heapUsed),
    external: mb(m.external),
    arrayBuffers: mb(m.arrayBuffers),
    spaces,
  };
  appendFileSync(file, JSON.stringify(line) + '\n');
}, SAMPLE_MS).unref();
