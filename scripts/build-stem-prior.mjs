#!/usr/bin/env node
// Writes dist/stories/word-keys.bytes (the word list's counts by search key, which the story stemmer
// reads to tell a clitic from a word's own letters) and dist/stories/stem-prior.bytes (the story-stem
// counts of the word list), which a cold `sanad analyze` would otherwise compute from 100,000 words
// (src/stories/prior.ts reads both, in place: a header line, then the lines one byte a letter).
// Run by `npm run build` after tsc (it imports the compiled module).
import { rmSync, writeFileSync } from 'node:fs';

/** the file, or none when the lines hold a character the byte form cannot (a run then computes them) */
function write(file, bytes) {
  if (bytes) writeFileSync(file, bytes);
  else {
    rmSync(file, { force: true });
    console.error(
      `${file.pathname}: characters other than ASCII and ء..ي; not written (computed at run time)`,
    );
  }
}

const { BUILT_KEYS, builtBytes, keyCountsText } = await import('../dist/stories/prior.js');
write(BUILT_KEYS, builtBytes(keyCountsText()));
// a fresh process reads the keys just written instead of summing them again
const prior = await import('../dist/stories/prior.js?stems');
write(prior.BUILT_PRIOR, prior.builtBytes(prior.stemCountsText()));
