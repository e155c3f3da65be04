#!/usr/bin/env node
// Writes dist/validated-lexicons.json: every lexicon checked against its zod schema once here, with
// the sha1 of the file checked, so a run reads the checked data instead of compiling and running
// thirty schemas at start (src/lexicon.ts falls back to checking a file changed since the build).
// It also writes dist/lexicon-texts/: each gzipped lexicon (the word list) unpacked, with the sha1
// of the .gz it came from, so a run need not unpack it (src/lexicon.ts, readLexiconText), and the
// word list once more as bytes with its size and total (src/clean/word-bytes.ts), so a run need not
// decode it either.
// Run by `npm run build` after tsc (it imports the compiled modules).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';

const {
  UNPACKED_TEXTS,
  VALIDATED_LEXICONS,
  lexiconDirectory,
  lexiconFileHash,
  loadLexiconFile,
  readLexiconText,
  unpackedCopy,
  unpackedPath,
} = await import('../dist/lexicon.js');
const { LEXICON_SCHEMAS } = await import('../dist/lexicon-schemas.js');
const { WORD_LIST_BYTES, sortedWordList, wordListBody } = await import('../dist/clean/repair.js');
const { encodeLines } = await import('../dist/clean/word-bytes.js');

const validated = {};
for (const [name, schema] of Object.entries(LEXICON_SCHEMAS)) {
  const sha1 = lexiconFileHash(`${name}.json`);
  validated[name] = { sha1, data: loadLexiconFile(lexiconDirectory, name, schema) };
}
writeFileSync(VALIDATED_LEXICONS, JSON.stringify(validated));

mkdirSync(UNPACKED_TEXTS, { recursive: true });
for (const file of readdirSync(lexiconDirectory).filter((f) => f.endsWith('.gz')))
  writeFileSync(unpackedPath(file), unpackedCopy(file));

// the word list's lines as bytes, after the sha1 of the .gz they came from
const WORD_LIST = 'wordlist.txt.gz';
const body = wordListBody(readLexiconText(WORD_LIST));
const list = sortedWordList(body);
const bytes = encodeLines(body, list.size, list.total);
const bytesPath = new URL(WORD_LIST_BYTES, UNPACKED_TEXTS);
if (bytes)
  writeFileSync(bytesPath, Buffer.concat([Buffer.from(lexiconFileHash(WORD_LIST), 'latin1'), bytes]));
else {
  rmSync(bytesPath, { force: true });
  console.error(
    `lexicons/${WORD_LIST} holds characters other than ASCII and ء..ي: no byte copy (read as text)`,
  );
}
