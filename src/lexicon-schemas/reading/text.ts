// Schemas of the lexicons of the text core and cleaning: boilerplate lines, glued words and
// negation.
import { z } from 'zod';
import { word, words, file, entry, wordList } from '../parts.js';

export const boilerplateSchema = file(() => ({
  lineRules: z.array(
    entry({
      id: word,
      reason: word,
      where: z.enum(['any', 'head', 'tail', 'edge']),
      maxWords: z.number().int().positive(),
      pattern: word,
      ignoreCase: z.boolean().optional(),
      meta: z.enum(['byline', 'source', 'dateline']).optional(),
    }),
  ),
  uiPrefix: entry({ pattern: word }),
  shareWords: wordList,
  teaserCues: entry({ cues: words, maxWords: z.number().int().positive() }),
  teaserStops: entry({ verbs: words, words }),
  sourceWords: wordList,
  inlineSourceLabels: wordList,
}));

export const gluedWordsSchema = file(() => ({
  gluedBefore: wordList,
  gluedBeforeArticle: wordList,
  gluedAfter: wordList,
  gluedAfterShort: wordList,
  nameHeads: wordList,
  nameTails: wordList,
}));

export const negationSchema = file(() => ({
  entries: z.array(
    entry({ kind: z.enum(['particle', 'deny', 'refuse', 'fail', 'cancel', 'doubt']), forms: words }),
  ),
}));
