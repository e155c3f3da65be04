// The published JSON Schema of the contract, generated from the zod definitions.
import { z } from 'zod';
import { Analysis } from './contract.js';

export function analysisJsonSchema(): Record<string, unknown> {
  return {
    $id: 'urn:sanad:analysis:1',
    title: 'sanad analysis',
    description:
      'Output of `sanad analyze --format json`. All offsets are [start, end) UTF-16 indices into articles[i].text.',
    ...z.toJSONSchema(Analysis, { target: 'draft-2020-12' }),
  };
}
