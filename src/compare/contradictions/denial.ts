// Denials: a statement with a denial cue (نفى، ينفي، نفت، كذّب ...) set against what it denies.
// "نفى هذا التصريح" points at the quotation just before; "نفى هذه الأنباء" at the sentence
// before; otherwise the denied statement is the earlier sentence sharing the most content stems,
// found through a stem index (blocking), not by comparing all sentence pairs.
import type { Contradiction, Span } from '../../contract.js';
import type { ArticleCtx, Tok } from '../context/context.js';
import { quoteAt, sentenceSpan, sentenceTokens, spanOf } from '../context/context.js';
import { findPhrases } from '../context/match.js';
import {
  DENIAL_CUES,
  DENIAL_PHRASES,
  DENIAL_POINTERS,
  NEGATION,
  NUMERIC_CONTRAST,
  QUOTE_POINTERS,
  REPORTING,
} from '../statements/event-words.js';
import type { Voice } from '../statements/voices.js';
import { framingLexicon } from '../framing/framing.js';
import { lightStem } from '../../text/arabic.js';
import {
  asserts,
  callsFalse,
  claimBefore,
  reportBefore,
  deniedHeads,
  deniedObjects,
  negatesHead,
  openDebate,
} from './denied-object.js';
import { oneText } from './one-text.js';

export interface Denial {
  a: Span & { by?: string };
  b: Span & { by?: string };
  explanation: string;
}

const STOP = new Set(framingLexicon.stopwords.forms.map(lightStem));
/** stems in more sentences than this are too common to block on */
const MAX_POSTINGS = 40;
/** Words before the cue read as the denier when no quotation names one ("وزارة الدفاع الروسية نفت"). */
const DENIER_WORDS = 5;
/** A pointer ("هذه الأنباء") must follow the cue within three words to be its object. */
const POINTER_REACH = 3;
/** Sentences back that "نفى هذا التصريح" may reach for a reported statement. */
const STATEMENT_LOOKBACK = 4;
/** Words after a reporting verb read as the reporter ("قال المتحدث باسم ..."). */
const REPORTER_WORDS = 3;
/**
 * The denied sentence shares at least three content stems with the denial, and at least 30% of
 * its stems: fewer and any sentence of the same story would do.
 */
const MIN_SHARED_STEMS = 3;
const MIN_SHARED_SHARE = 0.3;

type VoiceOf = (ctx: ArticleCtx, offset: number) => Voice;
/** A sentence with a denial cue: its tokens and the cue's index among them. */
interface DenialSentence {
  ctx: ArticleCtx;
  i: number;
  tokens: Tok[];
  cue: number;
  /** a denying phrase ("عارية عن الصحة"): its end among the tokens; what it denies may precede it */
  phraseEnd?: number;
}
type StemIndex = Map<string, { ctx: ArticleCtx; sent: number }[]>;

function contentStems(tokens: Tok[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens)
    if (t.stem.length >= 3 && !STOP.has(t.stem) && !DENIAL_CUES.has(t.key)) out.add(t.stem);
  return out;
}

/** Who speaks a denial given without a quotation: the words before the cue, at most five. */
function denierBefore(ctx: ArticleCtx, tokens: Tok[], cue: number): string | undefined {
  let first = Math.max(0, cue - DENIER_WORDS);
  while (first < cue && (STOP.has(tokens[first].stem) || tokens[first].text.length < 2)) first++;
  const words = tokens.slice(first, cue);
  if (!words.length) return undefined;
  return ctx.text.slice(words[0].start, words[words.length - 1].end);
}

export function findDenials(ctxs: ArticleCtx[], voiceOf: VoiceOf): Denial[] {
  const byId = new Map(ctxs.map((c) => [c.id, c]));
  const pending = denialSentences(ctxs);
  // the stem index is built only when a denial has no pointer, and only for the denials' stems
  let index: StemIndex | undefined;
  const stemIndex = () => (index ??= buildStemIndex(ctxs, pending));
  return pending.flatMap((d) => denialOf(d, voiceOf, stemIndex, byId) ?? []);
}

/** The sentences holding a denial cue, once each, with the first cue; else a denying phrase. */
function denialSentences(ctxs: ArticleCtx[]): DenialSentence[] {
  const pending: DenialSentence[] = [];
  for (const ctx of ctxs) {
    const withCue = new Set<number>();
    ctx.tokens.forEach((t, k) => {
      // "لم ينف" did not deny, and "لا نفي حقه" is 'we do not fulfil': a cue after a negation denies nothing
      if (!DENIAL_CUES.has(t.key) || withCue.has(t.sent) || (k > 0 && NEGATION.has(ctx.tokens[k - 1].key)))
        return;
      withCue.add(t.sent);
      const tokens = sentenceTokens(ctx, t.sent);
      pending.push({ ctx, i: t.sent, tokens, cue: tokens.findIndex((x) => x.start === t.start) });
    });
    for (const h of findPhrases(ctx.tokens, DENIAL_PHRASES)) {
      const i = ctx.tokens[h.from].sent;
      if (withCue.has(i)) continue;
      withCue.add(i);
      const tokens = sentenceTokens(ctx, i);
      const cue = h.from - ctx.sentTok[i];
      pending.push({ ctx, i, tokens, cue, phraseEnd: h.to - ctx.sentTok[i] });
    }
  }
  return pending;
}

/** Sentences by content stem, for the stems the denials use (postings capped past MAX_POSTINGS). */
function buildStemIndex(ctxs: ArticleCtx[], pending: DenialSentence[]): StemIndex {
  const wanted = new Set<string>();
  for (const p of pending) for (const st of contentStems(p.tokens)) wanted.add(st);
  const m: StemIndex = new Map();
  for (const ctx of ctxs) {
    for (const t of ctx.tokens) {
      if (!wanted.has(t.stem)) continue;
      const l = m.get(t.stem) ?? [];
      const last = l[l.length - 1];
      if (last && last.ctx === ctx && last.sent === t.sent) continue;
      if (l.length <= MAX_POSTINGS) l.push({ ctx, sent: t.sent });
      m.set(t.stem, l);
    }
  }
  return m;
}

/** One denial set against what it denies: what its pointer names, else the most similar earlier sentence. */
function denialOf(
  d: DenialSentence,
  voiceOf: VoiceOf,
  stemIndex: () => StemIndex,
  byId: Map<string, ArticleCtx>,
): Denial | undefined {
  const { ctx, i, tokens, cue } = d;
  const sentence = sentenceSpan(ctx, i);
  const own = quoteAt(ctx, tokens[cue].end - 1); // the cue word may carry a conjunction outside the quotation
  // before a denying phrase stands what it denies, not who denies: the reporter says who
  const denier =
    own?.speaker.text ??
    (d.phraseEnd === undefined ? denierBefore(ctx, tokens, cue) : reporterOf(ctx, i)) ??
    ctx.outlet;
  const pointer = findPhrases(
    tokens,
    DENIAL_POINTERS,
    cue + 1,
    Math.min(tokens.length, cue + 1 + POINTER_REACH),
  )[0];
  let target: { span: Span; by: string } | undefined;
  if (pointer) {
    const namesStatement = tokens.slice(pointer.from, pointer.to).some((t) => QUOTE_POINTERS.has(t.key));
    // "تتهم كييف موسكو ...، لكن موسكو تنفي ذلك", "اتهام الشركة بالغش ...، ونفت الشركة هذه المزاعم":
    // what the pointer denies stands in the denial's own sentence
    if (!namesStatement && (findPhrases(tokens, NUMERIC_CONTRAST, 0, cue).length || claimBefore(tokens, cue)))
      return undefined;
    target = namesStatement
      ? previousStatement(ctx, i, sentence.start, voiceOf)
      : previousSentence(ctx, i, voiceOf);
  } else {
    // "بينما أفادت مصادر أن ...، نفى ...": the report it answers stands in its own sentence
    if (d.phraseEnd === undefined && reportBefore(tokens, cue)) return undefined;
    // what is denied is said after the cue (around a denying phrase); the denier's own name is no evidence of it
    const around =
      d.phraseEnd === undefined
        ? tokens.slice(cue + 1)
        : [...tokens.slice(0, cue), ...tokens.slice(d.phraseEnd)];
    const said = around.filter((t) => !own || t.start < own.speaker.start || t.start >= own.speaker.end);
    // the denied clause alone, before the denier's own account ("... وقال إن الهدف كان ...")
    const end = d.phraseEnd === undefined ? ownAccount(tokens, cue) : tokens.length;
    const clause = said.filter((t) => t.start < (tokens[end]?.start ?? Infinity));
    // the head of what is denied, when an introducer shows where it starts: the target must assert it
    const heads =
      d.phraseEnd === undefined
        ? deniedHeads(tokens, cue + 1, end)
        : [...deniedHeads(tokens, 0, cue), ...deniedHeads(tokens, d.phraseEnd)];
    const objects = d.phraseEnd === undefined ? deniedObjects(tokens, cue + 1, end) : [];
    target = similarSentence(ctx, { said, clause }, stemIndex(), voiceOf, denier, { heads, objects });
  }
  const targetCtx = target && byId.get(target.span.article);
  if (!target || !targetCtx || deniesItself(targetCtx, target.span)) return undefined;
  // one text (a statement carried by two papers, one wire copied in two outlets) never denies
  // itself: the outlet-wide origins or the two articles' copied passages. (The passages alone, with
  // one paper's two articles read as two reports, added three pairs on days the rules were not
  // written on, all wrong when read: round seventeen, docs/contradiction-recall.md.)
  const origin = targetCtx !== ctx && voiceOf(ctx, sentence.start).origin;
  if (origin && origin === voiceOf(targetCtx, target.span.start).origin) return undefined;
  if (oneText(targetCtx, target.span.start, ctx, sentence.start)) return undefined;
  const cueText = ctx.text.slice(tokens[cue].start, tokens[(d.phraseEnd ?? cue + 1) - 1].end);
  const pointed = pointer ? ' ' + ctx.text.slice(tokens[pointer.from].start, tokens[pointer.to - 1].end) : '';
  return {
    a: { ...target.span, by: target.by },
    b: { ...sentence, by: denier },
    explanation: `Denial: ${denier} denies ("${cueText}${pointed}") what ${target.by} stated.`,
  };
}

/**
 * Where what a denial denies ends: at the denier's next reporting verb opening a clause ("نفى
 * الجيش مزاعم بأنه قصف مدنيين ... وقال إن الهدف كان مخبأ"): what follows is the denier's own
 * account, whose words are no evidence of the passage denied.
 */
function ownAccount(tokens: Tok[], cue: number): number {
  for (let k = cue + 2; k < tokens.length; k++)
    if (REPORTING.has(tokens[k].key) && /^[وف]/.test(tokens[k].text)) return k;
  return tokens.length;
}

/**
 * A passage that itself denies (a cue or a denying phrase) is no claim a denial answers: it is the
 * same denial told again (one statement carried by several papers) or a second denier on the same
 * side, never a rival account.
 */
export function deniesItself(ctx: ArticleCtx, span: Span): boolean {
  return denies(ctx.tokens.filter((t) => t.start >= span.start && t.end <= span.end));
}

/** Tokens that deny: a cue, a denying phrase, or words that tell a report false. */
function denies(tokens: Tok[]): boolean {
  return (
    tokens.some((t) => DENIAL_CUES.has(t.key)) ||
    findPhrases(tokens, DENIAL_PHRASES).length > 0 ||
    callsFalse(tokens)
  );
}

/** The quotation just before `before` in the article, else the last earlier sentence with a reporting verb. */
function previousStatement(
  ctx: ArticleCtx,
  sent: number,
  before: number,
  voiceOf: (c: ArticleCtx, o: number) => Voice,
) {
  const q = [...ctx.quotes].reverse().find((x) => x.end <= before);
  if (q) return { span: spanOf(ctx, q.start, q.end), by: q.speaker.text };
  for (let j = sent - 1; j >= 0 && j >= sent - STATEMENT_LOOKBACK; j--) {
    if (sentenceTokens(ctx, j).some((t) => REPORTING.has(t.key))) {
      const span = sentenceSpan(ctx, j);
      return { span, by: reporterOf(ctx, j) ?? voiceOf(ctx, span.start).by };
    }
  }
  return previousSentence(ctx, sent, voiceOf);
}

/** Speaker of a reported sentence without a quotation extractor: the words after the reporting verb. */
function reporterOf(ctx: ArticleCtx, sent: number): string | undefined {
  const toks = sentenceTokens(ctx, sent);
  const v = toks.findIndex((t) => REPORTING.has(t.key));
  if (v < 0) return undefined;
  const words = toks.slice(v + 1, v + 1 + REPORTER_WORDS);
  return words.length ? ctx.text.slice(words[0].start, words[words.length - 1].end) : undefined;
}

function previousSentence(ctx: ArticleCtx, sent: number, voiceOf: (c: ArticleCtx, o: number) => Voice) {
  if (sent === 0) return undefined;
  const span = sentenceSpan(ctx, sent - 1);
  return { span, by: voiceOf(ctx, span.start).by };
}

function similarSentence(
  ctx: ArticleCtx,
  words: { said: Tok[]; clause: Tok[] },
  index: Map<string, { ctx: ArticleCtx; sent: number }[]>,
  voiceOf: (c: ArticleCtx, o: number) => Voice,
  denier: string,
  denied: { heads: string[]; objects: string[] },
) {
  const mine = contentStems(words.said);
  const core = contentStems(words.clause);
  // nobody denies their own words: a sentence the denier said is no target
  const saidBy = (c: ArticleCtx, sent: number) => {
    const r = c.sentences[sent];
    const q = c.quotes.find((x) => x.end > r.start && x.start < r.end);
    return q !== undefined && (q.speaker.text.includes(denier) || denier.includes(q.speaker.text));
  };
  type Shared = { ctx: ArticleCtx; sent: number; n: number; inClause: number; object?: boolean };
  const shared = new Map<string, Shared>();
  for (const st of mine) {
    const postings = index.get(st);
    if (!postings || postings.length > MAX_POSTINGS) continue;
    for (const p of postings) {
      // only another article's passage: within one article the sentence sharing most words with a
      // denial is its own background or the accusation it answers in its own telling, not a rival report
      if (p.ctx === ctx) continue;
      const k = `${p.ctx.id}:${p.sent}`;
      const e = shared.get(k) ?? { ...p, n: 0, inClause: 0 };
      e.n++;
      if (core.has(st)) e.inClause++;
      shared.set(k, e);
    }
  }
  // enough words in common: a share of the whole denial, or of the denied clause alone (the
  // denier's own account after "وقال" may use other words than the report it denies)
  const enough = (e: Shared) =>
    e.n >= MIN_SHARED_STEMS &&
    (e.n >= MIN_SHARED_SHARE * mine.size ||
      (e.inClause >= MIN_SHARED_STEMS && e.inClause >= MIN_SHARED_SHARE * core.size));
  // a passage that does not assert the denied head states something else of the same story;
  // one that negates the head ("لم تقصف") says what the denial says: the same side, not a rival
  // a passage that tells only of a debate still open or of speculation claims nothing (a rumour
  // told is a claim)
  const answers = (e: Shared) => {
    const passage = sentenceTokens(e.ctx, e.sent);
    if (!asserts(passage, denied.heads) || negatesHead(passage, denied.heads)) return false;
    if (openDebate(passage, denied.heads)) return false;
    // the act on the object denied ("قصف مدنيين") before the act on another ("قصف قواعد الحزب")
    e.object = denied.objects.length > 0 && asserts(passage, denied.objects);
    return true;
  };
  const better = (e: Shared, b?: Shared) => !b || (e.object === b.object ? e.n > b.n : e.object === true);
  let best: Shared | undefined;
  for (const e of shared.values())
    if (enough(e) && !saidBy(e.ctx, e.sent) && answers(e) && better(e, best)) best = e;
  if (!best) return undefined;
  const span = sentenceSpan(best.ctx, best.sent);
  return { span, by: voiceOf(best.ctx, span.start).by };
}

export type { Contradiction };
