// A report's dateline ("الرياض - واس:", "فلان- سبق- جدة:"): where it was filed, not where its event
// took place. The claim's city named there is not the city of the claim's event.
import type { SentenceView } from '../views.js';

/** Most words a dateline holds before its colon (a reporter's name, the outlet, the city). */
const DATELINE_WORDS = 8;

/** Where the body of a sentence starts: after a dateline that opens it, else at its start. */
export function bodyStart(sentence: SentenceView): number {
  const colon = sentence.text.search(/[:：]/);
  if (colon < 0) return sentence.start;
  const at = sentence.start + colon;
  const head = sentence.text.slice(0, colon);
  // a dash between its parts tells a dateline from a speaker's colon ("قال الوزير: ...")
  const words = sentence.tokens.filter((t) => t.end <= at).length;
  return words && words <= DATELINE_WORDS && /[-–—]/.test(head) ? at + 1 : sentence.start;
}

/** The terms of a sentence's body (its dateline left out). */
export function bodyTerms(sentence: SentenceView): Set<string> {
  const from = bodyStart(sentence);
  if (from === sentence.start) return sentence.terms;
  return new Set(sentence.tokens.filter((t) => t.start >= from && t.term).map((t) => t.term));
}
