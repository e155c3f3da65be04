import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analysisJsonSchema } from '../src/schema.js';

describe('published JSON Schema', () => {
  it('matches the zod contract (run `npm run schema` after changing src/contract.ts)', () => {
    const committed = JSON.parse(
      readFileSync(new URL('../schema/analysis.schema.json', import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(analysisJsonSchema());
  });
});
