// Library entry: the pipeline, its stages (README, "The pipeline") and the JSON contract, with their
// types. test/public-api.test.ts pins the list of exports: a change to it is a change to the API.
export * from './contract.js';
export { analysisJsonSchema } from './schema.js';
export { readInputs } from './ingest/read.js';
export type { InputProblem, RawDoc, ReadOptions } from './ingest/read.js';
export { cleanDocument } from './clean/clean.js';
export type { Cleaned } from './clean/clean.js';
export { linkEntities } from './link/entities.js';
export type { EntityMention } from './extract/entities/mention.js';
export { compareArticles } from './compare/compare.js';
export type { CompareInput, CompareResult } from './compare/compare.js';
export { analyze, annotateArticle, combineArticles } from './pipeline.js';
export type { AnalyzeOptions, AnalyzeResult, AnnotatedArticle } from './pipeline.js';
export { renderMarkdown } from './report/markdown.js';
export { splitSentences, tokenize } from './text/segment.js';
export type { Range, Token } from './text/segment.js';
export { searchKey, phraseKey, segmentClitics, lightStem, arabicRatio } from './text/arabic.js';
export { SanadError } from './errors.js';
