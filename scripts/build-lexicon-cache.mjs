#!/usr/bin/env node
// Writes dist/validated-lexicons.json: every lexicon checked against its zod schema once here, with
// the sha1 of the file checked, so a run reads the checked data instead of compiling and running
// thirty schemas at start (src/lexicon.ts falls back to checking a file changed since the build).
// It also writes dist/lexicon-texts/: each gzipped lexicon (the word list) unpacked, with the sha1
// of the .gz it came from, so a run need not unpack it (src/lexicon.ts, readLexiconText).
// Run by `npm run build` after tsc (it imports the compiled modules).
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';

const {
  UNPACKED_TEXTS,
  VALIDATED_LEXICONS,
  lexiconDirectory,
  lexiconFileHash,
  loadLexiconFile,
  unpackedCopy,
  unpackedPath,
} = await import('../dist/lexicon.js');
const { LEXICON_SCHEMAS } = await import('../dist/lexicon-schemas.js');

const validated = {};
for (const [name, schema] of Object.entries(LEXICON_SCHEMAS)) {
  const sha1 = lexiconFileHash(`${name}.json`);
  validated[name] = { sha1, data: loadLexiconFile(lexiconDirectory, name, schema) };
}
writeFileSync(VALIDATED_LEXICONS, JSON.stringify(validated));

mkdirSync(UNPACKED_TEXTS, { recursive: true });
for (const file of readdirSync(lexiconDirectory).filter((f) => f.endsWith('.gz')))
  writeFileSync(unpackedPath(file), unpackedCopy(file));
