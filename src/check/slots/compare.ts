// A claim's slots against the sentences that state its event: a sentence slot of the same kind, in
// the same place, with another value is a clash when the claim's value is not given to the event in
// the article, else an extra slot.
import { sameSkeleton, skeleton, type TermToken } from '../terms.js';
import {
  matchedTerms,
  termCredit,
  type ArticleView,
  type ClaimView,
  type SentenceView,
  type TermMatches,
} from '../views.js';
import { actorsRival, distinctPersons } from './actors.js';
import { alignGap, aligned, eventFrame, frameCoverage } from './align.js';
import { comparedFigures, countIn, countSaid, countsRival, hugged, sameCount } from './counts.js';
import type { QuantityDraft } from '../../contract.js';
import { timeSaid } from './dates.js';
import { bodyStart, bodyTerms } from './dateline.js';
import { slotsOf } from './find.js';
import { listed, nameIn, sameHead, sameNames } from './names.js';
import { distinctPlaces, placesRival } from './places.js';
import type { Slot, SlotFinding } from './slot.js';
import { unnamedRuns } from './unnamed.js';

/** A sentence slot that could give the claim's slot another value: same kind, and each kind's own test. */
function rivals(c: Slot, s: Slot): boolean {
  if (c.kind !== s.kind) return false;
  if (c.kind === 'number') return countsRival(c, s);
  if (c.kind === 'place') return placesRival(c, s);
  if (c.kind === 'actor') return actorsRival(c, s);
  return true;
}

/** Two slots of one kind say the same. */
function sameValue(a: Slot, b: Slot): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'number') return sameCount(a, b);
  if (a.kind === 'actor' || a.kind === 'place') return sameNames(a, b);
  return a.key === b.key;
}

/** The claim's value of a slot is said somewhere in the article (then another value is no clash). */
function saidInArticle(
  slot: Slot,
  article: ArticleView,
  matches: TermMatches,
  own: Slot[],
  compared: ReadonlySet<QuantityDraft>,
): boolean {
  if (slot.kind === 'actor' || slot.kind === 'place') return nameIn(slot, matches, article.vocabulary);
  if (slot.kind === 'number') return countSaid(slot, article, compared);
  if (slot.kind === 'date' || slot.kind === 'year') return timeSaid(slot, article);
  // weekdays and ordinals are common words: only the sentence itself counts
  return own.some((s) => s.kind === slot.kind && s.key === slot.key);
}

/**
 * A sentence slot gives one of the claim's own values, so it is no rival. A nationality the claim
 * gives to another word is a rival still when the sentence gives that word its own slot ("مزارع
 * يمني ... من الأراضي اليمنية" for "مواطن سعودي ... من الأراضي اليمنية").
 */
function claimValue(claimSlots: Slot[], own: Slot[], s: Slot): boolean {
  return claimSlots.some(
    (x) =>
      sameValue(x, s) &&
      !(s.country && own.filter((o) => o.country && sameValue(o, s)).length > claimCount(claimSlots, s)),
  );
}

/** How many of the claim's slots give this value. */
const claimCount = (claimSlots: Slot[], s: Slot) => claimSlots.filter((x) => sameValue(x, s)).length;

/** Frame a sentence states for a place of it to rival the claim's wherever it stands. Set a priori. */
const MOVED_PLACE_FRAME = 0.8;

/** Every word of the article by its consonant skeleton (terms.ts). */
function articleBones(article: ArticleView): Set<string> {
  return new Set(
    article.sentences.flatMap((s) => s.tokens.filter((t) => t.term).map((t) => skeleton(t.text))),
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
  // two counts of one kind, scale and event (countsRival) are two values, like two persons
  if (c.kind === 'number') return true;
  if (c.kind === 'actor') return distinctPersons(c, s);
  return c.kind === 'place' && distinctPlaces(c, s);
}

/** The claim's name is given to the claim's event in a sentence stating STATED_ELSEWHERE of its frame. */
function statedElsewhere(
  claim: ClaimView,
  slot: Slot,
  article: ArticleView,
  matches: TermMatches,
  compared: ReadonlySet<QuantityDraft>,
): boolean {
  return [...article.sentences, ...(article.title ? [article.title] : [])].some((s) => {
    if (slot.kind !== 'number')
      return (
        nameIn(slot, matches, bodyTerms(s)) && frameCoverage(claim, matches, slot, s) >= STATED_ELSEWHERE
      );
    // a count: the event may be stated with the sentence next to it ("حكما بإعدام ... وثمانية آخرين")
    return (
      countIn(slot, article, s, compared) &&
      eventFrame(claim, matches, slot, s, article.sentences) >= STATED_ELSEWHERE
    );
  });
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
  const bones = articleBones(article);
  const boneIn = (w: TermToken) => skeleton(w.text).length >= 2 && bones.has(skeleton(w.text));
  // figures the article compares with: another time's values, neither the claim's nor its rivals
  const compared = comparedFigures(claim, article);
  for (const [k, sentence] of sentences.entries()) {
    // a title outside the text has its own names, numbers and dates (offsets into the title)
    const found = sentence.index < 0 ? article.titleFound : article.annotated;
    if (!found) continue;
    // a dateline's city is where the report was filed: neither the claim's place nor its rival
    const body = bodyStart(sentence);
    const own = slotsOf(sentence.tokens, found).filter(
      (s) => s.start >= body && !(s.quantity && compared.has(s.quantity)),
    );
    const terms = bodyTerms(sentence);
    for (const c of claimSlots) {
      if (c.kind === 'number' && !hugged(claim, matches, c, sentence)) continue;
      // a place may move in a sentence that states nearly all the claim ("أعلنت سلطات دياربكر مقتل
      // جنديين ..." / "... في محافظة ماردين") when the claim's is nowhere in the article
      const moved =
        c.kind === 'place' &&
        frameCoverage(claim, matches, c, sentence) >= MOVED_PLACE_FRAME &&
        !nameIn(c, matches, article.vocabulary) &&
        !claim.tokens.slice(c.from, c.to).some((w) => w.term && boneIn(w));
      const rival = own.find(
        (s) =>
          rivals(c, s) &&
          !claimValue(claimSlots, own, s) &&
          (moved ||
            aligned(claim, matches, c, sentence, s, focus[k]) ||
            // places only: two persons share first names ("محمد بن ..."), a body's two names its
            // head ("مجلس الاحتياطي الفيدرالي" / "مجلس الاحتياط الاتحادي")
            (c.kind === 'place' && sameHead(c, s))),
      );
      if (!rival) continue;
      // the claim's value given here or elsewhere in the article for the same event: the other
      // value is an extra slot; a person or a known place named only for another reason is not
      const said =
        own.some((s) => sameValue(c, s)) ||
        ((c.kind === 'actor' || c.kind === 'place') && nameIn(c, matches, terms)) ||
        (saidInArticle(c, article, matches, own, compared) &&
          (!distinctNames(c, rival) ||
            (c.kind !== 'number' && listed(claimSlots, c, own, rival)) ||
            statedElsewhere(claim, c, article, matches, compared)));
      out.push({
        status: said ? 'extra' : 'clash',
        kind: c.kind,
        claim: { start: c.start, end: c.end },
        article: { start: rival.start, end: rival.end },
        sentence,
        frame: eventFrame(claim, matches, c, sentence, article.sentences),
      });
    }
    out.push(...unnamedClashes(claim, article, matches, claimSlots, sentence, own));
  }
  return out.sort((a, b) => b.frame - a.frame);
}

/**
 * A name the entity finder missed on one side, against a name it found on the other, in the same
 * place of the sentence: the claim's name (a slot, or a run of rare words) is nowhere in the article
 * (the strict rule of bodies: no alias is known) and the sentence's is not the claim's.
 */
function unnamedClashes(
  claim: ClaimView,
  article: ArticleView,
  matches: TermMatches,
  claimSlots: Slot[],
  sentence: SentenceView,
  own: Slot[],
): SlotFinding[] {
  // every word of the article by its skeleton: a claim word in another spelling or form is there
  const bones = articleBones(article);
  const boneIn = (w: TermToken) => skeleton(w.text).length >= 2 && bones.has(skeleton(w.text));
  const inArticle = (t: TermToken) => termCredit(matches.get(t.term), article.vocabulary) > 0 || boneIn(t);
  const claimWords = matchedTerms(matches);
  const inClaim = (t: TermToken) =>
    claimWords.has(t.term) || claim.tokens.some((c) => c.term && sameSkeleton(c.text, t.text));
  const isName = (s: Slot) => s.kind === 'actor' || s.kind === 'place';
  const pairs: [Slot, Slot][] = [];
  // a dateline's reporter is no name of the event
  const body = bodyStart(sentence);
  const sentenceRuns = unnamedRuns(sentence.tokens, own, inClaim).filter((r) => r.start >= body);
  // the claim's name in the article, in any spelling ("كابل" / "كابول", "إنييستا" / "أينيستا")
  const spelled = (c: Slot) =>
    nameIn(c, matches, article.vocabulary) ||
    claim.tokens.slice(c.from, c.to).some((w) => w.term && boneIn(w));
  for (const c of claimSlots.filter(isName)) {
    if (spelled(c)) continue;
    const rival = bestPlaced(claim, matches, c, sentence, sentenceRuns);
    if (rival) pairs.push([c, rival]);
  }
  // a claim's run of one word is too often a rare verb form ("سيرتبط", "تهبط"); a name found in the
  // sentence, not a country's adjective, is its rival
  const mentioned = (s: Slot) =>
    (sentence.index < 0 ? article.titleFound : article.annotated)?.mentions.some(
      (m) => m.start === s.start && m.end === s.end,
    );
  for (const c of unnamedRuns(claim.tokens, claimSlots, inArticle).filter((r) => r.to - r.from >= 2)) {
    const rival = bestPlaced(
      claim,
      matches,
      c,
      sentence,
      own.filter((s) => isName(s) && mentioned(s) && !claimSlots.some((x) => sameValue(x, s))),
    );
    if (rival) pairs.push([c, rival]);
  }
  return pairs.map(([c, rival]) => ({
    status: 'clash',
    kind: c.kind,
    claim: { start: c.start, end: c.end },
    article: { start: rival.start, end: rival.end },
    sentence,
    frame: eventFrame(claim, matches, c, sentence, article.sentences),
  }));
}

/** The candidate standing nearest the claim slot's place in the sentence, if any stands there. */
function bestPlaced(
  claim: ClaimView,
  matches: TermMatches,
  c: Slot,
  sentence: SentenceView,
  candidates: Slot[],
): Slot | undefined {
  let best: { s: Slot; gap: number } | undefined;
  for (const s of candidates) {
    const gap = alignGap(claim, matches, c, sentence, s);
    if (gap < (best?.gap ?? Infinity)) best = { s, gap };
  }
  return best?.s;
}
