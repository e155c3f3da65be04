import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { sortedWordList } from '../clean/repair.js';
import { KEYS_HEADER, builtBytes, builtList, keyCountsText } from './prior.js';

// The build writes the search-key counts as bytes a run reads in place (builtBytes, builtList);
// a run from such a file must count exactly as the text it was made from.
const dir = mkdtempSync(join(tmpdir(), 'sanad-prior-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const text = keyCountsText();
const header = text.slice(0, text.indexOf('\n'));
const body = text.slice(text.indexOf('\n') + 1).replace(/\n+$/, '');
const fromText = sortedWordList(body);

function fileOf(name: string, bytes: Buffer | string): URL {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return pathToFileURL(path);
}

describe('built search-key counts', () => {
  const bytes = builtBytes(text);

  it('read in place, count every key and a few absent ones as the text does', () => {
    expect(bytes).toBeDefined();
    const list = builtList(fileOf('keys.bytes', bytes!), KEYS_HEADER)!;
    expect(list).toBeDefined();
    expect([list.size, list.total]).toEqual([fromText.size, fromText.total]);
    let n = 0;
    for (const [key, count] of fromText.entries()) {
      expect(list.count(key)).toBe(count);
      n++;
    }
    expect(n).toBe(fromText.size);
    // absent: between two keys, past the last, a letter outside the byte range, the empty key
    for (const key of ['', 'zzzz', 'قاهرهxyz', 'پارس', '\uffff'])
      expect(list.count(key)).toBe(fromText.count(key));
    expect(header.startsWith(KEYS_HEADER)).toBe(true);
  });

  it('is not read when missing, from another word list or cut short', () => {
    expect(builtList(pathToFileURL(join(dir, 'absent.bytes')), KEYS_HEADER)).toBeUndefined();
    const stale = Buffer.concat([
      Buffer.from(`${KEYS_HEADER}${'0'.repeat(40)}\n`),
      bytes!.subarray(header.length + 1),
    ]);
    expect(builtList(fileOf('stale.bytes', stale), KEYS_HEADER)).toBeUndefined();
    expect(builtList(fileOf('cut.bytes', header), KEYS_HEADER)).toBeUndefined();
  });

  it('is not written for lines the byte form cannot hold', () => {
    expect(builtBytes(`${header}\nعيد\t3\nپارس\t2\n`)).toBeUndefined();
  });
});
