#!/usr/bin/env node
// Writes dist/stories/word-keys.tsv (the word list's counts by search key, which the story stemmer
// reads to tell a clitic from a word's own letters) and dist/stories/stem-prior.tsv (the story-stem
// counts of the word list), which a cold `sanad analyze` would otherwise compute from 100,000 words
// (src/stories/prior.ts reads both). Run by `npm run build` after tsc (it imports the compiled module).
import { writeFileSync } from 'node:fs';

const { BUILT_KEYS, keyCountsText } = await import('../dist/stories/prior.js');
writeFileSync(BUILT_KEYS, keyCountsText());
// a fresh process reads the keys just written instead of summing them again
const { BUILT_PRIOR, stemCountsText } = await import('../dist/stories/prior.js?stems');
writeFileSync(BUILT_PRIOR, stemCountsText());
