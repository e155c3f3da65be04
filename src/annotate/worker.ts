// Worker-thread entry for the annotation pool: one RawDoc in, one AnnotatedArticle out.
import { annotateArticle } from './annotate.js';
import type { RawDoc } from '../ingest/read.js';

export default function annotate(doc: RawDoc) {
  return annotateArticle(doc);
}
