// Progress of a long run on stderr: on a terminal a bar redrawn in place (count, rate, time left
// when the total is known); elsewhere (a log, CI) a plain line every few seconds. Quiet for the
// first seconds so that short runs print nothing at all.

/** a run shorter than this shows no progress */
const SHOW_AFTER_MS = 1500;
/** redraw interval on a terminal */
const TTY_EVERY_MS = 200;
/** one line this often when stderr is not a terminal */
const LOG_EVERY_MS = 5000;
const BAR = 24;

export interface ProgressOptions {
  label: string;
  total?: number;
  quiet?: boolean;
  stream?: NodeJS.WriteStream;
  now?: () => number;
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export class Progress {
  private count = 0;
  private readonly start: number;
  private last = 0;
  private drawn = false;
  private readonly stream: NodeJS.WriteStream;
  private readonly now: () => number;

  constructor(private readonly opts: ProgressOptions) {
    this.stream = opts.stream ?? process.stderr;
    this.now = opts.now ?? (() => Date.now());
    this.start = this.now();
  }

  /** One more item done. */
  tick(n = 1): void {
    this.count += n;
    if (this.opts.quiet) return;
    const t = this.now();
    if (t - this.start < SHOW_AFTER_MS) return;
    const every = this.stream.isTTY ? TTY_EVERY_MS : LOG_EVERY_MS;
    if (this.drawn && t - this.last < every) return;
    this.last = t;
    this.draw(t);
  }

  /** The line as it would be printed now. */
  line(t = this.now()): string {
    const seconds = Math.max(0.001, (t - this.start) / 1000);
    const rate = this.count / seconds;
    const { total, label } = this.opts;
    const counts = total ? `${this.count}/${total}` : `${this.count}`;
    let text = `${label} ${counts} articles, ${rate.toFixed(0)}/s, ${clock(seconds)} elapsed`;
    if (total && rate > 0) {
      const done = Math.min(1, this.count / total);
      const filled = Math.round(done * BAR);
      const bar = this.stream.isTTY ? `[${'#'.repeat(filled)}${'.'.repeat(BAR - filled)}] ` : '';
      text = `${label} ${bar}${counts} articles, ${rate.toFixed(0)}/s, ${clock((total - this.count) / rate)} left`;
    }
    return text;
  }

  private draw(t: number): void {
    if (this.stream.isTTY) this.stream.write(`\r${this.line(t)}\x1b[K`);
    else this.stream.write(`sanad: ${this.line(t)}\n`);
    this.drawn = true;
  }

  /** Finish: clear the bar on a terminal. */
  done(): void {
    if (this.drawn && this.stream.isTTY && !this.opts.quiet) this.stream.write('\r\x1b[K');
  }
}
