// One body's act retold: a decree, a verdict, a player's loan, a company's revenues are witnessed
// only by the body that does them (lexicons/body-acts.json). Papers that tell such an act's figure
// with no source of their own retell the body's announcement, in their own words or its: one
// origin however many outlets carry it. Plain data in (a claim's counted origins), a yes or no out.
import { sentenceTokens, type ArticleCtx, type Tok } from '../context/context.js';
import { findPhrases, indexPhrases, matchKey, type PhraseHit } from '../context/match.js';
import { isToll } from '../contradictions/tolls.js';
import type { Statement } from '../statements/statement.js';
import { readLexicon } from '../../lexicon.js';
import { bodyActsSchema } from '../../lexicon-schemas.js';
import { breakWithin } from '../../text/clause.js';
import type { OriginGroup, OriginItem } from './independence.js';

const LEXICON = readLexicon('body-acts', bodyActsSchema);
const ACTS = indexPhrases(LEXICON.acts.flatMap((a) => a.forms.map((f) => [f, a.id] as [string, string])));
/** Forms that make the figure the act's only right before it ("بتعيين ثلاثة مستشارين"). */
const GOVERNING = indexPhrases(
  LEXICON.acts.flatMap((a) => (a.governing ?? []).map((f) => [f, a.id] as [string, string])),
);
/** Acts read only with one of these word keys in their clause (a signing: a player, a club). */
const WITHIN = new Map(
  LEXICON.acts.flatMap((a) => (a.within ? [[a.id, new Set(a.within.map(matchKey))] as const] : [])),
);
const CORRESPONDENTS = indexPhrases(LEXICON.correspondents.forms.map((f) => [f, true] as [string, boolean]));
const REPORTERS: ReadonlySet<string> = new Set(LEXICON.reporters.words.map(matchKey));

/**
 * Words before a statement's figure within which the act's word makes the figure the act's ("قرارا
 * جمهوريا بتعيين ثلاثة مستشارين", "إجراءات التوقيع مع لاعب ... المهاجم فلان لمدة موسم واحد"); an act
 * named farther off is another thing of the sentence (a coach's age beside his predecessor's ended
 * contract).
 */
const ACT_REACH = 15;
/** Words after the statement's span the act's word may follow it ("لمدة موسم واحد بنظام الإعارة"). */
const ACT_AFTER = 3;
/**
 * Punctuation that ends the act's clause: a figure past a comma is told of another clause ("بعد
 * تعيين محافظ جديد، قتل خمسة"). Not a colon (it opens the act's content) nor a hyphen (a range's).
 */
const CLAUSE_BREAK = /[،,;؛.!?؟()]/;

/**
 * Speakers that are a source of a paper's own: a person named or described, or unnamed sources. A
 * body's own statement or a published text quoted (kinds organization, document, media) is the body's
 * announcement itself, unless the media speaker is a reporter (`reporters`: "مراسل الوكالة").
 */
const OWN_SOURCE: ReadonlySet<string> = new Set(['named', 'official', 'anonymous']);

/** The statement's figure as word indexes [first, last] of its sentence's tokens, if it has words. */
function figureWords(toks: Tok[], s: OriginItem): [number, number] | undefined {
  const first = toks.findIndex((t) => t.end > s.span.start);
  if (first < 0) return undefined;
  let last = first;
  while (last + 1 < toks.length && toks[last + 1].start < s.span.end) last++;
  return [first, last];
}

/** No clause break in the text between words a and b (a before b) of the sentence. */
const oneClause = (text: string, toks: Tok[], a: number, b: number) =>
  a >= b || !breakWithin(text, toks[a].end, toks[b].start, CLAUSE_BREAK);

/** The words of the clause holding words lo..hi: out to the nearest break on either side. */
function clauseKeys(text: string, toks: Tok[], lo: number, hi: number): string[] {
  while (lo > 0 && oneClause(text, toks, lo - 1, lo)) lo--;
  while (hi + 1 < toks.length && oneClause(text, toks, hi, hi + 1)) hi++;
  return toks.slice(lo, hi + 1).map((t) => t.key);
}

/** The act `hit` is told in the figure's clause, with the words its entry needs there. */
function actHolds(text: string, toks: Tok[], hit: PhraseHit<string>, first: number, last: number): boolean {
  const before = hit.from < first;
  if (before ? !oneClause(text, toks, hit.to - 1, first) : !oneClause(text, toks, last, hit.from))
    return false;
  const within = WITHIN.get(hit.value);
  if (!within) return true;
  return clauseKeys(text, toks, Math.min(hit.from, first), Math.max(hit.to - 1, last)).some((k) =>
    within.has(k),
  );
}

/** The body act the statement's figure is told as, if any: an act's word just before it (or just after). */
export function actOf(s: OriginItem): string | undefined {
  const toks = sentenceTokens(s.ctx, s.sent);
  const at = figureWords(toks, s);
  if (!at) return undefined;
  const [first, last] = at;
  const from = Math.max(0, first - ACT_REACH);
  const to = Math.min(toks.length, last + 1 + ACT_AFTER);
  // one word before the reach: a two-word act ending inside it is still near
  for (const hit of findPhrases(toks, ACTS, Math.max(0, from - 1), to))
    if (hit.to > from && actHolds(s.ctx.text, toks, hit, first, last)) return hit.value;
  return first > 0 ? findPhrases(toks, GOVERNING, first - 1, first)[0]?.value : undefined;
}

/** The paper's own reporter is named in the article: its byline, its dateline or any sentence. */
const withCorrespondent = new WeakMap<ArticleCtx, boolean>();
function hasCorrespondent(ctx: ArticleCtx): boolean {
  let yes = withCorrespondent.get(ctx);
  if (yes === undefined) {
    const byline = (ctx.article.author ?? '').match(/[\p{L}\p{M}]+/gu) ?? [];
    yes =
      findPhrases(ctx.tokens, CORRESPONDENTS).length > 0 ||
      findPhrases(
        byline.map((w) => ({ key: matchKey(w) })),
        CORRESPONDENTS,
      ).length > 0;
    withCorrespondent.set(ctx, yes);
  }
  return yes;
}

/** A quoted speaker that is a source of the paper's own: a person, unnamed sources, a reporter. */
function ownSpeaker(speaker: { kind: string; text: string }): boolean {
  if (OWN_SOURCE.has(speaker.kind)) return true;
  const head = speaker.text.match(/[\p{L}\p{M}]+/u)?.[0];
  return speaker.kind === 'media' && head !== undefined && REPORTERS.has(matchKey(head));
}

/**
 * The statement's sentence quotes a person, unnamed sources ("كشفت المصادر أن ...") or a reporter,
 * or the article names the paper's own correspondent: the paper has a source of its own, whether or
 * not the figure falls inside the quotation.
 */
function ownSource(s: OriginItem): boolean {
  const { start, end } = s.ctx.sentences[s.sent];
  return (
    hasCorrespondent(s.ctx) ||
    s.ctx.quotes.some((q) => q.start < end && start < q.end && ownSpeaker(q.speaker))
  );
}

/** A toll (people killed or hurt): witnesses see it, whatever act the sentence also names. */
function toll(s: OriginItem): boolean {
  const st = s as Partial<Statement>;
  return st.quantity !== undefined && typeof st.key === 'string' && isToll(st as Statement);
}

/**
 * Every counted origin tells the figure as one of the body's acts, and none has a source of its
 * own: the papers retell one body's announcement. On the judged days: a decree of three advisers, a
 * court's four acquitted, a loan of one season in five papers, a film's takings and a bank's capital
 * (all judged one origin); an official quoted on the same decree was judged a second origin, and is
 * kept by the quotation.
 */
export function bodyActRetold<T extends OriginItem>(counted: OriginGroup<T>[]): boolean {
  if (counted.length < 2) return false;
  if (counted.some((g) => g.members.some((s) => ownSource(s) || toll(s)))) return false;
  return counted.every((g) => g.members.some((s) => actOf(s) !== undefined));
}
