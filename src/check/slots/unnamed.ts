// Names the entity finder misses: a run of rare words outside every slot ("غلطة سراي", "سيئول",
// "أندرييس أنيستا"). Read only against a name the finder did see on the other side, in the same
// place of a sentence that states the claim: a run against a run is too often a paraphrase.
import { stemWeight, type TermToken } from '../terms.js';
import { within, type Slot } from './slot.js';

/** A run holds a word at least this rare (a foreign name: سيئول 8.5; a common noun: منظمة 3.6). */
const RARE_NAME = 7;
/** Every word of a run is at least this rare: a name's words, not the title or role before it (الدولي 1.7). */
const NAME_WORD = 5;
/** Words in a run at most: a name, not a clause. */
const MAX_RUN = 3;

/**
 * Runs of consecutive rare content words (not numbers, not event words) outside the side's slots,
 * that `known` does not know (the other side has no such word), with one word of them very rare.
 */
export function unnamedRuns(
  tokens: readonly TermToken[],
  slots: readonly Slot[],
  known: (t: TermToken) => boolean,
): Slot[] {
  const out: Slot[] = [];
  const free = (t: TermToken) =>
    !!t.term &&
    !/^\d/.test(t.term) &&
    !t.term.startsWith('@') &&
    stemWeight(t.stem) >= NAME_WORD &&
    !within(t, slots) &&
    !known(t);
  for (let i = 0; i < tokens.length;) {
    if (!free(tokens[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < tokens.length && free(tokens[j])) j++;
    const run = tokens.slice(i, j);
    if (run.length <= MAX_RUN && run.some((t) => stemWeight(t.stem) >= RARE_NAME)) {
      const first = run[0];
      const last = run[run.length - 1];
      out.push({
        kind: 'actor',
        start: first.start,
        end: last.end,
        from: i,
        to: j,
        text: run.map((t) => t.text).join(' '),
        key: run.map((t) => t.term).join(' '),
      });
    }
    i = j;
  }
  return out;
}
