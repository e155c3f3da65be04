// Worker-thread entry for the library's annotator: clean a document and, unless asked only to clean,
// annotate it. Cleaning gives the clean text whose hash identifies the article.
import { annotateCleaned, type AnnotatedArticle } from '../annotate/annotate.js';
import { cleanDocument, type Cleaned } from '../clean/clean.js';
import type { RawDoc } from '../ingest/types.js';

export interface AnnotateTask {
  doc: RawDoc;
  annotate: boolean;
}

export interface AnnotateResult {
  cleaned: Cleaned;
  annotated?: AnnotatedArticle;
}

export default function work({ doc, annotate }: AnnotateTask): AnnotateResult {
  const cleaned = cleanDocument(doc);
  const { body: _body, ...meta } = doc;
  return { cleaned, ...(annotate ? { annotated: annotateCleaned(meta, cleaned) } : {}) };
}
