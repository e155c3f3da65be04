// Option parsers and output shared by every command: a bad value is one line naming what was
// expected (commander prints it), and output always ends with a newline.
import { InvalidArgumentError } from 'commander';
import { writeFileSync } from 'node:fs';

export function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidArgumentError('expected YYYY-MM-DD');
  }
  return value;
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer');
  return n;
}

export function nonNegative(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError('expected a number of seconds');
  return n;
}

/** Write to `output` when given, else to stdout. */
export function emit(text: string, output?: string): void {
  const t = text.endsWith('\n') ? text : text + '\n';
  if (output) writeFileSync(output, t);
  else process.stdout.write(t);
}
