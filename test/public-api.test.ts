// The library's public API, pinned: the sorted names src/index.ts exports. Adding, renaming or
// removing an export fails here first, so an API change is a reviewed one-line diff of this list.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as sanad from '../src/index.js';
import { root } from './helpers.js';

const EXPORTS = [
  // the JSON contract (zod schemas, each with its type) and its published JSON Schema
  'Accusation',
  'Analysis',
  'Article',
  'Claim',
  'Contradiction',
  'DateMention',
  'Dispute',
  'Entity',
  'FoldReason',
  'Framing',
  'Leaning',
  'Quantity',
  'Quote',
  'RemovedBlock',
  'Repair',
  'SanadError',
  'Span',
  'SpanRef',
  'SpeakerKind',
  'StoryInfo',
  'VoiceGroup',
  'Warning',
  'analysisJsonSchema',
  // the pipeline and its stages
  'analyze',
  'annotateArticle',
  'arabicRatio',
  'cleanDocument',
  'combineArticles',
  'compareArticles',
  'lightStem',
  'linkEntities',
  'phraseKey',
  'readInputs',
  'renderMarkdown',
  'searchKey',
  'segmentClitics',
  'splitSentences',
  'tokenize',
];

/** The stage names of the README's "The pipeline" block (second column: `ingest    readInputs  …`). */
function readmeStages(): string[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.split('## The pipeline')[1] ?? '';
  const block = /```\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block
    .split('\n')
    .map((line) => /^\w+\s+([a-z]\w+)\s/.exec(line)?.[1])
    .filter((name): name is string => !!name);
}

describe('public API (src/index.ts)', () => {
  it('exports exactly the pinned names', () => {
    expect(Object.keys(sanad).sort()).toEqual(EXPORTS);
  });

  it('exports every stage the README names, as a function', () => {
    const stages = readmeStages();
    expect(stages).toEqual([
      'readInputs',
      'cleanDocument',
      'annotateArticle',
      'linkEntities',
      'compareArticles',
    ]);
    for (const name of [...stages, 'combineArticles', 'analyze', 'renderMarkdown', 'analysisJsonSchema'])
      expect(typeof (sanad as Record<string, unknown>)[name], name).toBe('function');
  });

  it('exports the contract as zod schemas that parse', () => {
    const span = { article: 'a', start: 0, end: 3, text: 'قال' };
    expect(sanad.Span.parse(span)).toEqual(span);
    expect(sanad.analysisJsonSchema()).toMatchObject({ $id: 'urn:sanad:analysis:1' });
  });
});
