// Writes docs/codes.md from the catalogue in src/codes.ts (`npm run codes`); a test checks it is current.
import { writeFileSync } from 'node:fs';
import { format } from 'prettier';
import { codesMarkdown } from '../src/codes.js';

writeFileSync(
  new URL('../docs/codes.md', import.meta.url),
  await format(codesMarkdown(), { parser: 'markdown' }),
);
console.log('wrote docs/codes.md');
