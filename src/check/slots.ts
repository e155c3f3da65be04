// Slots of a claim against the article's sentences that state the same fact: a false claim is often
// a real report with ONE slot changed (another actor or place, another number, date, weekday or
// ordinal). Each slot of the claim (a name, a count, a date, a weekday, an ordinal: found by the
// project's extractors and date / ordinal words) is aligned with the sentence by the claim words
// next to it. A clash is a slot of the same kind in the same place of a sentence that states the
// rest of the claim (its frame), with another value, while the claim's own value is nowhere in the
// article. A sentence that names a second party or place besides the claim's is no clash.
import type { DateDraft, QuantityDraft } from '../contract.js';
import type { EntityMention } from '../extract/entities/entities.js';
import { readLexicon } from '../lexicon.js';
import { dateWordsSchema, monthsSchema, placesSchema } from '../lexicon-schemas.js';
import { matchKey } from '../compare/context/match.js';
import { searchKey } from '../text/arabic.js';
import { eventsLexicon } from '../compare/statements/event-words.js';
import { farPlaces, holdsPlace, nearPlaces, sameName } from './place-names.js';
import { numbersAgree, numbersComparable, sameScale } from './numbers.js';
import { stemWeight, termTokens, type TermToken } from './terms.js';
import {
  coverage,
  termCredit,
  type ArticleView,
  type ClaimView,
  type SentenceView,
  type TermMatches,
} from './views.js';

export type SlotKind = 'actor' | 'place' | 'number' | 'date' | 'weekday' | 'ordinal' | 'year';

export interface Slot {
  kind: SlotKind;
  start: number;
  end: number;
  /** token range [from, to) in its side's tokens */
  from: number;
  to: number;
  text: string;
  /** the name's rarest content word, the day (MM-DD), the weekday or the ordinal's value */
  key: string;
  quantity?: QuantityDraft;
  /** numbers: the event class governing it, the nearest before it ("@killed") */
  event?: string;
  /** actors: a person, or a body (organisation, group, outlet: the entity finder mixes them) */
  party?: 'person' | 'body';
}

export interface SlotFinding {
  /** clash: the claim's value is nowhere in the article; extra: it is, and the sentence adds another */
  status: 'clash' | 'extra';
  kind: SlotKind;
  /** the claim's slot, as [start, end) of the claim text */
  claim: { start: number; end: number };
  /** the article's rival slot and the sentence that states it */
  article: { start: number; end: number };
  sentence: SentenceView;
  /** weighted share of the claim's other words (its frame) that the sentence states */
  frame: number;
}

/**
 * A sentence slot that could give the claim's slot another value: same kind; for numbers, of a
 * kind that does not differ and the same scale (a part of a toll is no rival of the toll); for
 * places, not one nearby (a town and its province).
 */
function rivals(c: Slot, s: Slot): boolean {
  if (c.kind !== s.kind) return false;
  if (c.kind === 'number')
    return (
      numbersComparable(c.quantity!, s.quantity!) &&
      sameScale(c.quantity!, s.quantity!) &&
      // killed vs injured, sentenced vs tried: counts of two events
      (!c.event || !s.event || c.event === s.event)
    );
  if (c.kind === 'place') return !nearPlaces(c.text, s.text);
  // a person is no rival of a body: a minister at a ministry's event
  if (c.kind === 'actor') return c.party === s.party;
  return true;
}

/** Claim words each side of a slot that may anchor it in a sentence (content words only). */
const ANCHOR_WORDS = 3;
/**
 * Words a sentence may add between an anchor and its slot beyond the claim's own gap (a title,
 * "نحو", a town before its province: "في لافايت بولاية").
 */
const ALIGN_SLACK = 4;

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

/**
 * Nisba adjectives of countries (lexicons/places.json: "السوري", Syrian), by term, to the term of the
 * country's name: "جنود سوريين" and "في سوريا" name one place.
 */
const NISBA = new Map(
  readLexicon('places', placesSchema).nisbas.flatMap((n) => {
    const adj = termTokens(n.adj)[0]?.term;
    const country = termTokens(n.country).find((t) => t.term)?.term;
    return adj && country ? [[adj, country] as const] : [];
  }),
);

/** The country a word's term names as an adjective; a plural keeps the nisba's ي ("مصريين": مصري). */
function nisbaOf(term: string): string | undefined {
  return NISBA.get(term) ?? (term.endsWith('ي') ? NISBA.get(term.slice(0, -1)) : undefined);
}

/** The rarest content word of a name ("داعش" of "تنظيم داعش", "البحرينية" of "القوات المسلحة البحرينية"). */
function nameKey(text: string): string | undefined {
  let best: { term: string; weight: number } | undefined;
  for (const t of termTokens(text)) {
    if (!t.term || /^\d/.test(t.term)) continue;
    const weight = stemWeight(t.stem);
    if (!best || weight > best.weight) best = { term: t.term, weight };
  }
  return best?.term;
}

/** A word before a year, its clitics off ("لعام", "والعام", "بأبريل"). */
function yearWordKey(text: string): string {
  const k = matchKey(text);
  if (YEAR_BEFORE.has(k)) return k;
  const bare = k.replace(/^(?:و|ف)?(?:ل|ب)?/, '');
  return YEAR_BEFORE.has(bare) ? bare : k;
}

/** Token range [from, to) of the tokens overlapping [start, end). */
function tokenRange(tokens: readonly TermToken[], start: number, end: number) {
  let from = -1;
  let to = -1;
  tokens.forEach((t, i) => {
    if (t.end > start && t.start < end) {
      if (from < 0) from = i;
      to = i + 1;
    }
  });
  return from < 0 ? undefined : { from, to };
}

/** Slots among tokens, from the extractors' findings in the same text range. */
export function slotsOf(
  tokens: readonly TermToken[],
  found: {
    mentions: readonly EntityMention[];
    quantities: readonly QuantityDraft[];
    dates: readonly DateDraft[];
  },
): Slot[] {
  if (!tokens.length) return [];
  const lo = tokens[0].start;
  const hi = tokens[tokens.length - 1].end;
  const inside = (x: { start: number; end: number }) => x.start >= lo && x.end <= hi;
  const out: Slot[] = [];
  const add = (
    kind: SlotKind,
    x: { start: number; end: number; text: string },
    key: string,
    quantity?: QuantityDraft,
    party?: Slot['party'],
  ) => {
    const r = tokenRange(tokens, x.start, x.end);
    if (!r) return;
    const event = quantity
      ? [...tokens.slice(0, r.from)].reverse().find((t) => t.term.startsWith('@'))?.term
      : undefined;
    out.push({ kind, start: x.start, end: x.end, text: x.text, ...r, key, quantity, event, party });
  };
  for (const m of found.mentions.filter(inside)) {
    const key = nameKey(m.text);
    if (key && m.type === 'LOC') add('place', m, key);
    else if (key) add('actor', m, key, undefined, m.type === 'PER' ? 'person' : 'body');
  }
  for (const q of found.quantities.filter(inside)) add('number', q, String(q.value), q);
  const named = found.mentions.filter(inside);
  const dates = found.dates.filter((d) => inside(d) && !d.relative);
  for (const d of dates) add('date', d, d.value.slice(-5));
  const within = (t: TermToken, xs: readonly { start: number; end: number }[]) =>
    xs.some((d) => t.start >= d.start && t.end <= d.end);
  tokens.forEach((t, i) => {
    // a year after "عام" or a month: its own slot (a count reader may take "2022" for a number)
    const before = tokens[i - 1];
    if (YEAR.test(t.text) && !within(t, dates) && before && YEAR_BEFORE.has(yearWordKey(before.text)))
      add('year', t, t.text);
  });
  for (const t of tokens) {
    if (within(t, dates) || within(t, found.quantities)) continue;
    // a country's adjective outside a name ("جنود مصريين"; not "الداخلية المصرية", a name of its own)
    const country = nisbaOf(t.term);
    if (country && !within(t, named)) add('place', t, country);
    const k = matchKey(t.text);
    // a weekday takes the article ("الأحد"; "أحد" is "one", "اثنين" is "two")
    if (WEEKDAY.has(k) && searchKey(t.text).includes('ال')) add('weekday', t, String(WEEKDAY.get(k)));
    else if (ORDINAL.has(k)) add('ordinal', t, String(ORDINAL.get(k)));
  }
  return out;
}

/** Two slots of one kind say the same. */
function sameValue(a: Slot, b: Slot): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'number') return numbersAgree(a.quantity!, b.quantity!);
  if (a.kind === 'actor' || a.kind === 'place') return sameName(a.key, b.key) || sameName(a.text, b.text);
  return a.key === b.key;
}

/** The claim's value of a slot is said somewhere in the article (then another value is no clash). */
function saidInArticle(slot: Slot, article: ArticleView, matches: TermMatches, own: Slot[]): boolean {
  if (slot.kind === 'actor' || slot.kind === 'place') return nameIn(slot, matches, article.vocabulary);
  if (slot.kind === 'number')
    return [...article.annotated.quantities, ...(article.titleFound?.quantities ?? [])].some((q) =>
      numbersAgree(slot.quantity!, q),
    );
  if (slot.kind === 'date')
    return [...article.annotated.dates, ...(article.titleFound?.dates ?? [])].some(
      (d) => d.value.slice(-5) === slot.key,
    );
  if (slot.kind === 'year') {
    const digits = new RegExp(`(^|[^\\d])${slot.key}($|[^\\d])`);
    return digits.test(article.text) || digits.test(article.title?.text ?? '');
  }
  // weekdays and ordinals are common words: only the sentence itself counts
  return own.some((s) => s.kind === slot.kind && s.key === slot.key);
}

/** The claim's value of a slot among some terms (an actor or a place). */
function nameIn(slot: Slot, matches: TermMatches, terms: Set<string>): boolean {
  return (
    termCredit(matches.get(slot.key), terms) > 0 ||
    // a country named by its adjective on one side ("سوري" / "سوريا")
    [...terms].some((v) => sameName(v, slot.key) || nisbaOf(v) === slot.key)
  );
}

/**
 * Share of the claim's frame a sentence must state for the claim's name in it to give that name to
 * the claim's event: the same city or person named for another reason (background, another event
 * of the story) does not. Set a priori, below SLOT_FRAME (features.ts): a second sentence often
 * restates the event in fewer words.
 */
const STATED_ELSEWHERE = 0.4;

/**
 * Two names that cannot be one party under two names: two persons, or two places the gazetteer
 * knows apart. A body has aliases the checker cannot tell ("داعش" / "الدولة الإسلامية"), and so has
 * a place outside the gazetteer ("المملكة"): those rivals need the claim's name absent altogether.
 */
function distinctNames(c: Slot, s: Slot): boolean {
  if (c.kind === 'actor')
    return c.party === 'person' && s.party === 'person' && !holdsPlace(c.text) && !holdsPlace(s.text);
  return c.kind === 'place' && farPlaces(c, s);
}

/** Tokens between two names of one list ("بنكيران، ووالي طنجة محمد يعقوبي"). */
const LIST_GAP = 4;

/**
 * The rival stands beside another of the claim's names of its kind in the sentence: one of a list
 * (a second host, a second town), not the claim's name given otherwise.
 */
function listed(claimSlots: Slot[], c: Slot, own: Slot[], rival: Slot): boolean {
  return own.some(
    (o) =>
      o !== rival &&
      o.kind === rival.kind &&
      claimSlots.some((x) => x !== c && sameValue(x, o)) &&
      Math.max(o.from - rival.to, rival.from - o.to) <= LIST_GAP,
  );
}

/** The claim's name is given to the claim's event in a sentence stating STATED_ELSEWHERE of its frame. */
function statedElsewhere(claim: ClaimView, slot: Slot, article: ArticleView, matches: TermMatches): boolean {
  return [...article.sentences, ...(article.title ? [article.title] : [])].some(
    (s) => nameIn(slot, matches, s.terms) && frameCoverage(claim, matches, slot, s) >= STATED_ELSEWHERE,
  );
}

/** Claim content words next to a slot (another slot's words too): [token index, distance to the slot]. */
function anchors(claim: ClaimView, slot: Slot, side: -1 | 1): [number, number][] {
  const out: [number, number][] = [];
  for (let i = side < 0 ? slot.from - 1 : slot.to; i >= 0 && i < claim.tokens.length; i += side) {
    if (!claim.tokens[i].term) continue;
    out.push([i, side < 0 ? slot.from - i : i - slot.to + 1]);
    if (out.length >= ANCHOR_WORDS) break;
  }
  return out;
}

/**
 * The claim's words right next to a number, one each side, are in the sentence: it counts the same
 * thing in the same event ("بإعدام 11 متهما" is no rival of "محاكمة 29 متهما").
 */
function hugged(claim: ClaimView, matches: TermMatches, c: Slot, sentence: SentenceView): boolean {
  return ([-1, 1] as const).every((side) => {
    const first = anchors(claim, c, side)[0];
    return !first || termCredit(matches.get(claim.tokens[first[0]].term), sentence.terms) > 0;
  });
}

/**
 * A sentence slot stands where the claim's does: near a claim word found next to it on the same
 * side. A full date (day and month) moves freely in the sentence: any of the sentence's stands; a
 * weekday stands anywhere in the sentence's focus (its claim-sized stretch that states the claim).
 */
function aligned(
  claim: ClaimView,
  matches: TermMatches,
  c: Slot,
  sentence: SentenceView,
  s: Slot,
  focus?: { from: number; to: number },
): boolean {
  if (c.kind === 'date') return true;
  // a weekday moves freely too ("قتلوا اليوم (الأحد) في تحطم ..."), but within the stretch that states
  // the claim: a sentence's other weekday often dates an earlier event ("بعد تفجيرين وقعا الأربعاء")
  if (c.kind === 'weekday' && focus && s.from >= focus.from && s.to <= focus.to) return true;
  const toks = sentence.tokens;
  const matchesAt = (claimToken: number, j: number) => {
    const m = matches.get(claim.tokens[claimToken].term);
    return !!m && m.has(toks[j].term);
  };
  for (const [i, gap] of anchors(claim, c, -1))
    for (let j = s.from - 1; j >= 0 && s.from - j <= gap + ALIGN_SLACK; j--) if (matchesAt(i, j)) return true;
  for (const [i, gap] of anchors(claim, c, 1))
    for (let j = s.to; j < toks.length && j - s.to + 1 <= gap + ALIGN_SLACK; j++)
      if (matchesAt(i, j)) return true;
  return false;
}

/** Weighted share of the claim's words outside one slot that a sentence states. */
function frameCoverage(claim: ClaimView, matches: TermMatches, slot: Slot, sentence: SentenceView): number {
  const slotTerms = new Set(claim.tokens.slice(slot.from, slot.to).map((t) => t.term));
  const terms = claim.terms.filter((t) => !slotTerms.has(t.term));
  const frame = { ...claim, terms, totalWeight: terms.reduce((a, t) => a + t.weight, 0) };
  return coverage(frame, matches, sentence.terms);
}

/**
 * Slots of the claim that a sentence gives another value in the same place, best frame first.
 * `sentences` are the ones that address the claim (features.ts: the best few).
 */
export function compareSlots(
  claim: ClaimView,
  article: ArticleView,
  matches: TermMatches,
  sentences: readonly SentenceView[],
  /** each sentence's focus, as a token range [from, to) (features.ts) */
  focus: readonly ({ from: number; to: number } | undefined)[] = [],
): SlotFinding[] {
  const claimSlots = slotsOf(claim.tokens, claim);
  const out: SlotFinding[] = [];
  for (const [k, sentence] of sentences.entries()) {
    // a title outside the text has its own names, numbers and dates (offsets into the title)
    const found = sentence.index < 0 ? article.titleFound : article.annotated;
    if (!found) continue;
    const own = slotsOf(sentence.tokens, found);
    for (const c of claimSlots) {
      if (c.kind === 'number' && !hugged(claim, matches, c, sentence)) continue;
      const rival = own.find(
        (s) =>
          rivals(c, s) &&
          !claimSlots.some((x) => sameValue(x, s)) &&
          aligned(claim, matches, c, sentence, s, focus[k]),
      );
      if (!rival) continue;
      // the claim's value given here or elsewhere in the article for the same event: the other
      // value is an extra slot; a person or a known place named only for another reason is not
      const said =
        own.some((s) => sameValue(c, s)) ||
        ((c.kind === 'actor' || c.kind === 'place') && nameIn(c, matches, sentence.terms)) ||
        (saidInArticle(c, article, matches, own) &&
          (!distinctNames(c, rival) ||
            listed(claimSlots, c, own, rival) ||
            statedElsewhere(claim, c, article, matches)));
      out.push({
        status: said ? 'extra' : 'clash',
        kind: c.kind,
        claim: { start: c.start, end: c.end },
        article: { start: rival.start, end: rival.end },
        sentence,
        frame: frameCoverage(claim, matches, c, sentence),
      });
    }
  }
  return out.sort((a, b) => b.frame - a.frame);
}
