// The sentences of an in-domain NER training file and of a SaudiNewsNet record, reduced to their
// letters and digits (punctuation and spaces aside) so a training sentence is found in the crawl
// however it was tokenised: shared by scripts/ner-train-days.ts and scripts/ner-train-outlets.ts.
import { readFileSync } from 'node:fs';

/** Letters and digits only, run together. */
export const lettersOf = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).join('');

/** Each sentence (a blank-line separated CoNLL block) of `file`, its tokens' letters and digits; empty blocks dropped. */
export function trainingSentences(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n\s*\r?\n/)
    .map((block) =>
      lettersOf(
        block
          .split(/\r?\n/)
          .map((l) => l.split('\t')[0])
          .join(' '),
      ),
    )
    .filter(Boolean);
}

/** A crawl record's title and content, letters and digits only. */
export const recordLetters = (r: { title?: string; content?: string }) =>
  lettersOf(`${r.title ?? ''} ${r.content ?? ''}`);
