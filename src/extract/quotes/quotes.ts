// Who said what: reported statements with speaker, cue, content, channel and chain of sources.
//
// Conventions (see also quotes.test.ts):
// - `id` is "" and `speaker.entity` is unset: the pipeline numbers quotes and links entities.
// - An implicit speaker ("وأضاف أن", "موضحا", "قالت الوكالة", "ذات المصادر") is resolved: `speaker`
//   carries the earlier mention's span and text (so entity linking by overlap finds the name), and
//   `resolvedFrom` is that same earlier span. The quote's own [start, end) stays in this sentence.
// - `channel` and `via` spans drop the clitic ل (لوكالة -> وكالة; للجزيرة -> لجزيرة, the article's lam
//   stays); a `via` that is itself a back-reference (المراسل) points at the resolved mention.
// - The article's own outlet is the implicit root of every chain and is not a span here.
import { isNumberKey } from '../../text/number-words.js';
import type { QuoteDraft } from '../../contract.js';
import type { Range } from '../../text/segment.js';
import { CLAUSE, continuesSentence, opensNewClause, quotationMarks } from './clause.js';
import { anyCueForm, cueAt, nounForms, typoCue, type CueForm } from './cues.js';
import { quoteStart, stripRole, toQuote, type Draft, type QuoteRead } from './draft.js';
import { headlineQuote } from './headline.js';
import type { State } from './memory.js';
import { phraseQuote } from './phrase.js';
import { verbQuote } from './verb.js';
import {
  accordingTo,
  articleTokens,
  clauseOpeners,
  headInfo,
  isComplementiser,
  participleNegators,
  recordOf,
  topicShifts,
  statementLinks,
  TOPIC_SHIFT_MAX_WORDS,
  type Tok,
} from './words.js';
import { searchKey } from '../../text/arabic.js';

const TRAIL = /[\s،,.:;؛!?؟\-–—]+$/;
/** No sentence has been quoted yet: far enough back that no continuation rule fires. */
const NONE_QUOTED = -9;
/**
 * A channel named by a speaker's continuation is given to the statement it continues only when the
 * two are this many sentences apart at most: further on, the outlet may be another interview.
 */
const CHANNEL_BACKFILL_SENTENCES = 1;

/** Reported statements in one article, in text order. */
export function findQuotes(text: string, article: string, sentences: Range[]): QuoteDraft[] {
  const st: State = { text, speakers: [], media: [], sentence: 0, lastQuoted: NONE_QUOTED };
  const out: QuoteDraft[] = [];
  const sentenceOf: number[] = [];
  const byPhrase: boolean[] = [];
  const restated: boolean[] = [];
  const all = articleTokens(text, sentences);
  for (let i = 0; i < sentences.length; i++) {
    st.sentence = i;
    st.previous = i > 0 ? [sentences[i - 1].start, sentences[i - 1].end] : undefined;
    const drafts = sentenceQuotes(st, sentences[i], all[i]);
    for (const d of drafts) {
      out.push(toQuote(text, article, d));
      sentenceOf.push(i);
      byPhrase.push(d.phrase === true);
      restated.push(d.restated === true);
    }
    if (drafts.length) st.lastQuoted = i;
  }
  carryChannels(out, sentenceOf, byPhrase, restated);
  return out;
}

/**
 * A statement its speaker continues in a later sentence (وأضاف، وتابعت المصادر) went through the
 * channel and relays of that speaker's latest statement: "قالت مصادر لوكالة الأنباء ... وأضافت
 * المصادر ...". A participle in the same sentence (مشيرا، مؤكدا) is left as read, and so is an
 * attribution phrase (وفقا للوزير): it names a source, not an occasion of speech. A verb in the same
 * sentence that names the speaker again (قالت مصادر لـ(الصحيفة): ... وأضافت المصادر) carries them too.
 */
function carryChannels(
  quotes: QuoteDraft[],
  sentenceOf: number[],
  byPhrase: boolean[],
  restated: boolean[],
): void {
  const latest = new Map<string, { q: QuoteDraft; sentence: number; byPhrase: boolean }>();
  quotes.forEach((q, i) => {
    const root = q.speaker.resolvedFrom ?? q.speaker;
    const key = `${root.start}:${root.end}`;
    const prev = latest.get(key);
    if (prev && prev.sentence === sentenceOf[i] && !restated[i]) return;
    if (prev && q.speaker.resolvedFrom && !byPhrase[i]) {
      if (prev.q.channel && !q.channel) q.channel = { ...prev.q.channel };
      if (prev.q.via && !q.via) q.via = prev.q.via.map((v) => ({ ...v }));
      // "قال شخصان مقربان ... وأشارت المصادر لرويترز ...": the sources named the outlet they spoke
      // to only in the next sentence; their first statement went through it too (not a phrase:
      // "بحسب ما قالت مصادر" names a source, not an occasion of speech)
      const near = sentenceOf[i] - prev.sentence <= CHANNEL_BACKFILL_SENTENCES;
      const bare = !prev.q.channel && !prev.q.via && !prev.byPhrase;
      if (near && bare && q.channel) prev.q.channel = { ...q.channel };
    }
    latest.set(key, { q, sentence: sentenceOf[i], byPhrase: byPhrase[i] });
  });
}

function sentenceQuotes(st: State, s: Range, toks: Tok[]): Draft[] {
  if (toks.length < 2) return [];
  const drafts = readCues(st, s, toks);
  drafts.sort((a, b) => a.cue.start - b.cue.start);
  mergeRelayedPhrases(drafts);
  cutAtNextQuote(drafts);
  trimContents(st.text, drafts);
  return drafts.filter((d) => d.content[1] > d.content[0]);
}

/** Every quote of the sentence: a headline "X: ...", then each attribution phrase or cue verb. */
function readCues(st: State, s: Range, toks: Tok[]): Draft[] {
  const marks = quotationMarks(st.text, s, toks);
  const drafts: Draft[] = [];
  const head = headlineQuote(st, toks, s);
  if (head) drafts.push(head);
  // end of the content read so far: a cue inside it usually belongs to that quote
  let covered = head ? head.content[1] : -1;
  let coverIsHeadline = Boolean(head);
  let usedUntil = head ? 1 : 0;
  for (let c = usedUntil; c < toks.length; c++) {
    const t = toks[c];
    if (c < usedUntil || marks.inside(t.start)) continue;
    let read: QuoteRead | null = null;
    const quiet = !mayCue(t);
    let form = quiet ? undefined : cueAt(toks, c);
    // "مصادر غير معلنة": a negated participle is an adjective, not a cue
    if (form?.form === 'participle' && c > 0 && participleNegators.has(toks[c - 1].bare)) continue;
    if (form?.form === 'participle' && c > 0 && countedParticiple(toks[c - 1], form)) continue;
    if (form?.form === 'past' && nounForms.has(t.bare) && !verbCanStand(toks, c)) continue;
    let typo = false;
    if (!form) {
      read = quiet ? null : phraseQuote(st, toks, c, s, covered);
      if (!read) {
        form = misspeltCue(toks, c);
        typo = form !== undefined;
      }
    }
    if (!read && form) {
      const inside = t.start < covered && !coverIsHeadline;
      if (inside && form.form !== 'participle' && t.key === t.bare && !opensNewClause(toks, c)) continue;
      const cue = {
        st,
        toks,
        at: c,
        form,
        typo,
        sentence: s,
        earlier: drafts,
        realQuoteAt: marks.realQuoteAt,
      };
      read = verbQuote(cue);
    }
    if (!read) continue;
    drafts.push(read.draft);
    usedUntil = read.next;
    covered = Math.max(covered, read.draft.content[1]);
    coverIsHeadline = false;
  }
  return drafts;
}

/**
 * Whether the token may be a cue verb (cueAt) or an attribution phrase's head (phraseQuote): few
 * words are, and every token of every sentence asks, so the answer is kept on the word's record.
 */
function mayCue(t: Tok): boolean {
  const w = recordOf(t);
  if (w === undefined) return cueOrPhraseKeys(t);
  return (w.cue ??= cueOrPhraseKeys(t));
}
function cueOrPhraseKeys(t: Tok): boolean {
  return anyCueForm(t.key) || anyCueForm(t.bare) || accordingTo.has(t.bare) || accordingTo.has(t.key);
}

/**
 * "11 متهما"، "متهما ومتهمة": a participle counted by a number before it, or joined to another form
 * of itself, is a noun (the accused), not the manner of a statement.
 */
function countedParticiple(prev: Tok, form: CueForm): boolean {
  if (/^[0-9٠-٩]/.test(prev.key) || isNumberKey(prev.key) || isNumberKey(prev.bare)) return true; // 11 متهما، وخمسة متهمين
  const p = cueAt([prev], 0);
  return p?.form === 'participle' && p.verb === form.verb;
}

/**
 * Where a past form that is also a verbal noun (كشف) is the verb: at a clause start, after an opener,
 * a complementiser or a speaker head (الوزير كشف), before a speaker head (وكشف الوزير), or right
 * before its complementiser or a colon (كشف أن، كشف عن أن). "على ضرورة كشف مخططات" is the noun.
 */
function verbCanStand(toks: Tok[], c: number): boolean {
  const t = toks[c];
  const p = toks[c - 1];
  const n = toks[c + 1];
  // a shadda marks the verb (حذّر), never the noun (حذر)
  if (!p || t.raw.includes('\u0651') || CLAUSE.test(t.gap) || continuesSentence(toks, c)) return true;
  if (clauseOpeners.has(p.key) || clauseOpeners.has(p.bare) || isComplementiser(p) || headInfo(p))
    return true;
  if (!n) return false;
  if (headInfo(n) || isComplementiser(n) || /[:«"“]/.test(n.gap)) return true;
  return n.key === 'عن' && toks[c + 2] !== undefined && isComplementiser(toks[c + 2]);
}

/** A misspelt cue verb (one edit from a past form) counts only before a speaker head, opening a clause. */
function misspeltCue(toks: Tok[], c: number): CueForm | undefined {
  const t = toks[c];
  const n = toks[c + 1];
  if (n && headInfo(n) && (c === 0 || t.key !== t.bare || CLAUSE.test(t.gap))) return typoCue(t);
  return undefined;
}

/** "ووفق بيان للخارجية فإن لافروف أبلغ كيري بأن ...": one statement, relayed by the phrase's source. */
function mergeRelayedPhrases(drafts: Draft[]): void {
  for (let i = 0; i + 1 < drafts.length; i++) {
    const d = drafts[i];
    const e = drafts[i + 1];
    if (d.phrase && quoteStart(e) === d.content[0]) {
      e.via = [stripRole(d.speaker), ...(e.via ?? [])];
      drafts.splice(i, 1);
      i--;
    }
  }
}

/** A later quote in the sentence cuts the (indirect) content of the one before. */
function cutAtNextQuote(drafts: Draft[]): void {
  for (let i = 0; i + 1 < drafts.length; i++) {
    const d = drafts[i];
    const nextStart = quoteStart(drafts[i + 1]);
    if (!d.direct && nextStart > d.content[0] && nextStart < d.content[1]) {
      d.content[1] = nextStart;
      d.cut = true;
    }
  }
}

/**
 * Contents end before trailing spaces and punctuation, and before a transition that opens the
 * next statement ("…، على صعيد متصل أكد مصدر").
 */
function trimContents(text: string, drafts: Draft[]): void {
  for (const d of drafts) {
    let raw = text.slice(d.content[0], d.content[1]).replace(TRAIL, '');
    const words = raw.split(/\s+/);
    for (let len = Math.min(TOPIC_SHIFT_MAX_WORDS, words.length - 1); len >= 1; len--) {
      const tail = words.slice(-len);
      const key = tail.map(searchKey).join(' ');
      if (topicShifts.has(key) || (d.cut && statementLinks.has(key))) {
        raw = raw.slice(0, raw.lastIndexOf(tail[0])).replace(TRAIL, '');
        break;
      }
    }
    d.content[1] = d.content[0] + raw.length;
  }
}
