// Every file under lexicons/ has a schema, loads through it, and explains each entry with a `note`;
// a broken file fails at load with LEXICON_INVALID naming the file and the entry.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SanadError } from '../src/errors.js';
import { lexiconDirectory, loadLexiconFile } from '../src/lexicon.js';
import { LEXICON_SCHEMAS, type LexiconName } from '../src/lexicon-schemas.js';

const jsonFiles = readdirSync(lexiconDirectory)
  .filter((f) => f.endsWith('.json'))
  .sort();
const nameOf = (file: string) => file.slice(0, -'.json'.length) as LexiconName;
const raw = (file: string): unknown => JSON.parse(readFileSync(new URL(file, lexiconDirectory), 'utf8'));

/**
 * Objects that carry no note of their own, each with the reason. A path is written with `[]` for
 * "any element of the list". Anything else that is an object (the file, its sections, every list
 * entry, nested sections) must have a non-empty note.
 */
const NO_NOTE: Record<string, string> = {
  'cue-verbs.json verbs[].extra':
    'the forms the inflection rules cannot make for one verb: part of the verb entry, whose note covers it',
  'events.json denial': 'only groups three lists (cues, pointers, quotePointers) that each carry their note',
  'events.json timeOfDay.parts': 'a value map (day part -> hours it covers) explained by the timeOfDay note',
  'number-words.json hundredStems.stems': 'a value map (stem -> digit) explained by the hundredStems note',
  'framing.json conflicts[].sides':
    'a value map (side -> who it stands for) explained by the file note and the conflict note',
  'framing.json conflicts[].campLabels':
    "a value map (side -> the side's name shown to readers, nominative) explained by the conflict note",
};

/** Every object in a parsed lexicon, with its path (`entries[].aliases`) and its place (`entries[3]`). */
function objectsIn(value: unknown, path = '', at = ''): { path: string; at: string; obj: object }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => objectsIn(v, `${path}[]`, `${at}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const join = (p: string, k: string) => (p ? `${p}.${k}` : k);
  return [
    { path, at, obj: value },
    ...Object.entries(value).flatMap(([k, v]) => objectsIn(v, join(path, k), join(at, k))),
  ];
}

describe('lexicons', () => {
  it('every JSON file under lexicons/ has a schema, and every schema a file', () => {
    expect(jsonFiles.map(nameOf).sort()).toEqual(Object.keys(LEXICON_SCHEMAS).sort());
  });

  it.each(jsonFiles)('%s loads through its schema', (file) => {
    const name = nameOf(file);
    const data = loadLexiconFile(lexiconDirectory, name, LEXICON_SCHEMAS[name]);
    // the schema keeps every key of the file (strict objects: nothing dropped, nothing unknown)
    expect(data).toEqual(raw(file));
  });

  it.each(jsonFiles)('%s explains every entry and section with a note', (file) => {
    const missing: string[] = [];
    const used = new Set<string>();
    for (const { path, at, obj } of objectsIn(raw(file))) {
      const note = (obj as { note?: unknown }).note;
      if (typeof note === 'string' && note.trim()) continue;
      const key = `${file} ${path}`;
      if (key in NO_NOTE) used.add(key);
      else missing.push(at || '(file)');
    }
    expect(missing).toEqual([]);
    // an exception that no longer matches anything is stale
    const listed = Object.keys(NO_NOTE).filter((k) => k.startsWith(`${file} `));
    expect([...used].sort()).toEqual(listed.sort());
  });

  it('the source files notes name exist', () => {
    const named = jsonFiles.flatMap((f) =>
      [...readFileSync(new URL(f, lexiconDirectory), 'utf8').matchAll(/src\/[\w/.-]+\.ts/g)].map((m) => m[0]),
    );
    expect(named.length).toBeGreaterThan(5);
    const root = new URL('..', lexiconDirectory);
    expect(named.filter((p) => !existsSync(new URL(p, root)))).toEqual([]);
  });
});

describe('a broken lexicon', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sanad-lexicons-'));
  const dirUrl = pathToFileURL(`${dir}/`);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A copy of lexicons/NAME.json under the temp directory, changed by `damage`. */
  function brokenCopy(name: LexiconName, damage: (data: Record<string, unknown>) => void): void {
    const data = raw(`${name}.json`) as Record<string, unknown>;
    damage(data);
    writeFileSync(join(dir, `${name}.json`), JSON.stringify(data));
  }

  function loadError(name: LexiconName): SanadError {
    try {
      loadLexiconFile(dirUrl, name, LEXICON_SCHEMAS[name]);
    } catch (e) {
      if (e instanceof SanadError) return e;
      throw e;
    }
    throw new Error(`${name}.json loaded though it was broken`);
  }

  it('an entry without its note names the file, the entry and what names it', () => {
    brokenCopy('outlets', (d) => {
      const entries = d.entries as { name: string; note?: string }[];
      delete entries[3].note;
    });
    const err = loadError('outlets');
    const name = (raw('outlets.json') as { entries: { name: string }[] }).entries[3].name;
    expect(err.code).toBe('LEXICON_INVALID');
    expect(err.message).toContain(join(dir, 'outlets.json'));
    expect(err.message).toContain(`entries[3].note ("${name}")`);
  });

  it('a misspelt key is an error, not a flag silently ignored', () => {
    brokenCopy('places', (d) => {
      (d.places as Record<string, unknown>[])[0].waek = true;
    });
    const err = loadError('places');
    const name = (raw('places.json') as { places: { name: string }[] }).places[0].name;
    expect(err.code).toBe('LEXICON_INVALID');
    expect(err.message).toContain(`places.json: places[0] ("${name}"): Unrecognized key: "waek"`);
  });

  it('a wrong value type names the entry', () => {
    brokenCopy('date-words', (d) => {
      (d.hours as { hour: unknown }[])[4].hour = 'five';
    });
    const err = loadError('date-words');
    expect(err.code).toBe('LEXICON_INVALID');
    expect(err.message).toMatch(/date-words\.json: hours\[4\]\.hour \("الخامسة"\): .*number/);
  });

  it('a file that is not JSON, and a missing file, have their own codes', () => {
    writeFileSync(join(dir, 'titles.json'), '{ "note": "cut short", ');
    const notJson = loadError('titles');
    expect(notJson.code).toBe('LEXICON_INVALID');
    expect(notJson.message).toContain('not valid JSON');
    expect(loadError('persons').code).toBe('LEXICON_MISSING');
  });
});
