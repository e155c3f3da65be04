// Writes schema/analysis.schema.json from the zod contract in src/contract.ts.
// `npm run schema` regenerates it; test/schema.test.ts fails when the two drift apart.
import { writeFileSync } from 'node:fs';
import { analysisJsonSchema } from '../src/schema.js';

const file = new URL('../schema/analysis.schema.json', import.meta.url);
writeFileSync(file, JSON.stringify(analysisJsonSchema(), null, 2) + '\n');
console.log(`wrote ${file.pathname}`);
