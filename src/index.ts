// Library entry: the pipeline, its stages and the JSON contract, with their types.
export * from './contract.js';
export { analyze, annotateArticle, combineArticles } from './pipeline.js';
export type { AnalyzeOptions, AnalyzeResult, AnnotatedArticle } from './pipeline.js';
export { renderMarkdown } from './report/markdown.js';
export { splitSentences, tokenize } from './text/segment.js';
export type { Range, Token } from './text/segment.js';
export { searchKey, phraseKey, segmentClitics, lightStem, arabicRatio } from './text/arabic.js';
export { SanadError } from './errors.js';
