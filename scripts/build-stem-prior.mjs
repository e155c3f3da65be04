#!/usr/bin/env node
// Writes dist/stories/stem-prior.tsv: the story-stem counts of the word list, which a cold
// `sanad analyze` would otherwise compute by stemming 100,000 words (src/stories/prior.ts reads it).
// Run by `npm run build` after tsc (it imports the compiled module).
import { writeFileSync } from 'node:fs';

const { BUILT_PRIOR, stemCountsText } = await import('../dist/stories/prior.js');
writeFileSync(BUILT_PRIOR, stemCountsText());
