// Time slots: a full date (its day and month), a weekday with the article ("الأحد"), an ordinal
// ("الثالث"), a year in digits after "عام" / "سنة" or a month name.
import type { DateDraft } from '../../contract.js';
import { readLexicon } from '../../lexicon.js';
import { dateWordsSchema, monthsSchema } from '../../lexicon-schemas.js';
import { matchKey } from '../../compare/context/match.js';
import { searchKey } from '../../text/arabic.js';
import { eventsLexicon } from '../../compare/statements/event-words.js';
import type { TermToken } from '../terms.js';
import type { ArticleView } from '../views.js';
import type { Slot, SlotKind } from './slot.js';

const WEEKDAY = new Map(
  readLexicon('date-words', dateWordsSchema).weekdays.flatMap((w) =>
    w.forms.map((f): [string, number] => [matchKey(f), w.day]),
  ),
);
const ORDINAL = new Map(
  eventsLexicon.ordinals.values.forms.map((f) => {
    const [form, value] = f.split(':');
    return [matchKey(form), Number(value)] as const;
  }),
);

/**
 * Words a year stands after when it is a year, not a count: "عام 2007", "سنة", a month ("أبريل 2013";
 * a bare month and year is no full date, so the date reader leaves it).
 */
const YEAR_BEFORE = new Set(
  [
    ...readLexicon('date-words', dateWordsSchema).yearWords.forms,
    ...(['gregorian', 'hijri'] as const).flatMap((c) =>
      readLexicon('months', monthsSchema)[c].flatMap((m) => m.forms.map((f) => f.split(' ').pop()!)),
    ),
  ].map((f) => matchKey(f)),
);
/** A year of the Gregorian calendar written in digits. */
const YEAR = /^(19|20)\d\d$/;

/** A word before a year, its clitics off ("لعام", "والعام", "بأبريل"). */
function yearWordKey(text: string): string {
  const k = matchKey(text);
  if (YEAR_BEFORE.has(k)) return k;
  const bare = k.replace(/^(?:و|ف)?(?:ل|ب)?/, '');
  return YEAR_BEFORE.has(bare) ? bare : k;
}

/** The key of a full date slot: its month and day (MM-DD). */
export const dateKey = (d: DateDraft) => d.value.slice(-5);

/** Token `i` is a year: digits after "عام" or a month (a count reader may take "2022" for a number). */
export function isYear(tokens: readonly TermToken[], i: number): boolean {
  const before = tokens[i - 1];
  return YEAR.test(tokens[i].text) && !!before && YEAR_BEFORE.has(yearWordKey(before.text));
}

/**
 * Token `i` is a year by its shape alone (1900-2099 in digits) when no quantity holds it: "بداية من
 * موديلات 2016" (the quantity reader leaves such figures alone). Sixteenth round: a year stands
 * after many words besides "عام" (models, seasons, plans), and a clash still needs the year aligned
 * with the claim's words, the frame stated and the claim's year nowhere in the article.
 */
export function bareYear(t: TermToken, quantities: readonly { start: number; end: number }[]): boolean {
  return YEAR.test(t.text) && !quantities.some((q) => t.start >= q.start && t.end <= q.end);
}

/** A weekday (it takes the article: "الأحد"; "أحد" is "one", "اثنين" is "two") or an ordinal word. */
export function dayWord(t: TermToken): { kind: SlotKind; key: string } | undefined {
  const k = matchKey(t.text);
  if (WEEKDAY.has(k) && searchKey(t.text).includes('ال'))
    return { kind: 'weekday', key: String(WEEKDAY.get(k)) };
  if (ORDINAL.has(k)) return { kind: 'ordinal', key: String(ORDINAL.get(k)) };
  return undefined;
}

/** The claim's full date or year is given anywhere in the article (its title too). */
export function timeSaid(slot: Slot, article: ArticleView): boolean {
  if (slot.kind === 'date')
    return [...article.annotated.dates, ...(article.titleFound?.dates ?? [])].some(
      (d) => dateKey(d) === slot.key,
    );
  const digits = new RegExp(`(^|[^\\d])${slot.key}($|[^\\d])`);
  return digits.test(article.text) || digits.test(article.title?.text ?? '');
}
