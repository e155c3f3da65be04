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
import type { Quote } from '../../contract.js';
import type { Range } from '../../text/segment.js';
import { searchKey } from '../../text/arabic.js';
import { cueOf, impersonal, typoCue, type CueForm } from './cues.js';
import { namesSource, phraseKey, scanGap, sourceEnd, type Gap } from './gap.js';
import {
  classifySpeaker,
  masdarCut,
  nounPhraseEnd,
  opensPrep,
  spanText,
  type SpeakerRead,
} from './speakers.js';
import {
  OPEN_QUOTE,
  attr,
  backRefs,
  clauseOpeners,
  creditWords,
  headInfo,
  isComplementiser,
  isDateWord,
  articleTokens,
  type SpeakerKind,
  type Tok,
} from './words.js';

interface Lite {
  start: number;
  end: number;
  text: string;
}
interface Mention {
  span: Lite;
  kind: SpeakerKind;
  role?: string;
  /** gender of the verb it was subject of; null when unknown (a relayed source) */
  fem: boolean | null;
  reporter: boolean;
}
type Speaker = Lite & { kind: SpeakerKind; role?: string; resolvedFrom?: Lite };

interface Draft {
  cue: Lite;
  speaker: Speaker;
  local: boolean;
  content: [number, number];
  direct: boolean;
  channel?: Lite;
  via?: Lite[];
  /** the speaker came from a headline "X: ..." (any later cue may cut its content) */
  headline?: boolean;
  /** from an attribution phrase (بحسب، وفقا لـ) rather than a verb */
  phrase?: boolean;
}

interface State {
  text: string;
  speakers: Mention[];
  media: Mention[];
  /** index of the sentence being read, and of the last one that held a quote */
  sentence: number;
  lastQuoted: number;
}

const COLON_MAX = attr.colonHeadMaxWords.value;
const CLAUSE = /[،,:;؛.!?؟()\-–—]/;
const PUNCT_NO_QUOTES = CLAUSE;
const REPORTER = new Set(['مراسل', 'مراسله']);
const TRAIL = /[\s،,.:;؛!?؟\-–—]+$/;
const PHRASE_HEADS = new Set(['بحسب', 'حسب', 'وفقا', 'وفق', 'طبقا', 'نقلا', 'استنادا']);

/** Reported statements in one article, in text order. */
export function findQuotes(text: string, article: string, sentences: Range[]): Quote[] {
  const st: State = { text, speakers: [], media: [], sentence: 0, lastQuoted: -9 };
  const out: Quote[] = [];
  const all = articleTokens(text, sentences);
  for (let i = 0; i < sentences.length; i++) {
    st.sentence = i;
    const drafts = sentenceQuotes(st, sentences[i], all[i]);
    for (const d of drafts) out.push(toQuote(text, article, d));
    if (drafts.length) st.lastQuoted = i;
  }
  return out;
}

function lite(text: string, start: number, end: number): Lite {
  return { start, end, text: text.slice(start, end) };
}

function sentenceQuotes(st: State, s: Range, toks: Tok[]): Draft[] {
  if (toks.length < 2) return [];
  const regions = quotedRegions(st.text, s);
  const inQuoted = (pos: number) => regions.some(([a, b]) => pos > a && pos < b);
  const realQuoteAt = (j: number) => {
    const r = regions.find(([a]) => a >= toks[j].start - toks[j].gap.length && a < toks[j].start);
    if (!r) return false;
    let words = 0;
    for (let k = j; k < toks.length && toks[k].start < r[1]; k++) words++;
    return words >= 3;
  };
  const drafts: Draft[] = [];
  const head = headlineQuote(st, toks, s);
  if (head) drafts.push(head);
  let covered = head ? head.content[1] : -1;
  let coverIsHeadline = Boolean(head);
  let usedUntil = head ? 1 : 0;
  for (let c = usedUntil; c < toks.length; c++) {
    const t = toks[c];
    if (c < usedUntil || inQuoted(t.start)) continue;
    let f = cueOf(t);
    let typo = false;
    if (!f) {
      const p = phraseQuote(st, toks, c, s, covered);
      if (p) {
        drafts.push(p.draft);
        usedUntil = p.next;
        covered = Math.max(covered, p.draft.content[1]);
        coverIsHeadline = false;
        continue;
      }
      const n = toks[c + 1];
      if (n && headInfo(n) && (c === 0 || t.key !== t.bare || CLAUSE.test(t.gap))) f = typoCue(t);
      typo = f !== undefined;
    }
    if (!f) continue;
    const inside = t.start < covered && !coverIsHeadline;
    if (inside && f.form !== 'participle' && t.key === t.bare && !opensNewClause(toks, c)) continue;
    const q = verbQuote(st, toks, c, f, typo, s, drafts, realQuoteAt);
    if (!q) continue;
    drafts.push(q.draft);
    usedUntil = q.next;
    covered = Math.max(covered, q.draft.content[1]);
    coverIsHeadline = false;
  }
  drafts.sort((a, b) => a.cue.start - b.cue.start);
  // "ووفق بيان للخارجية فإن لافروف أبلغ كيري بأن ...": one statement, relayed by the phrase's source
  for (let i = 0; i + 1 < drafts.length; i++) {
    const d = drafts[i];
    const e = drafts[i + 1];
    if (d.phrase && quoteStart(e) === d.content[0]) {
      e.via = [stripRole(d.speaker), ...(e.via ?? [])];
      drafts.splice(i, 1);
      i--;
    }
  }
  // a later quote in the sentence cuts the content of the one before
  for (let i = 0; i + 1 < drafts.length; i++) {
    const d = drafts[i];
    const nextStart = quoteStart(drafts[i + 1]);
    if (!d.direct && nextStart > d.content[0] && nextStart < d.content[1]) d.content[1] = nextStart;
  }
  for (const d of drafts) {
    const raw = st.text.slice(d.content[0], d.content[1]);
    d.content[1] = d.content[0] + raw.replace(TRAIL, '').length;
  }
  return drafts.filter((d) => d.content[1] > d.content[0]);
}

function quoteStart(d: Draft): number {
  return d.local && d.speaker.start < d.cue.start ? d.speaker.start : d.cue.start;
}

/** [open, close] offsets of «» “” and paired straight quotes inside the sentence. */
function quotedRegions(text: string, s: Range): [number, number][] {
  const out: [number, number][] = [];
  for (let i = s.start; i < s.end; i++) {
    const c = text[i];
    const close = c === '«' ? '»' : c === '“' ? '”' : c === '"' ? '"' : '';
    if (!close) continue;
    const j = text.indexOf(close, i + 1);
    if (j < 0 || j > s.end + 1) continue;
    out.push([i, j]);
    i = j;
  }
  return out;
}

/** First token of the clause that ends at `c` (after punctuation or a complementiser). */
function clauseStart(toks: Tok[], c: number): number {
  let k = c;
  while (k > 0 && !CLAUSE.test(toks[k].gap) && !isComplementiser(toks[k - 1])) {
    k--;
    // "وكان نشطاء ... أفادوا": a conjoined opener starts a new clause
    if (toks[k].key !== toks[k].bare && clauseOpeners.has(toks[k].key)) break;
  }
  return k;
}

/** Does the clause of `c` open with a conjunction (وفيما، وكان، فإن)? Then it is a new statement. */
function opensNewClause(toks: Tok[], c: number): boolean {
  const k = clauseStart(toks, c);
  if (k > 0 && isComplementiser(toks[k - 1]) && toks[k - 1].key[0] === 'ف') return true;
  for (let i = k; i < c; i++) if (toks[i].key !== toks[i].bare && clauseOpeners.has(toks[i].key)) return true;
  return false;
}

/** Subject written before its verb in the same clause ("قاسمي قال إنه", "إلا أن مسؤولا ... نفى"). */
function subjectBefore(toks: Tok[], c: number): [number, number] | null {
  let a = clauseStart(toks, c);
  while (a < c && (clauseOpeners.has(toks[a].key) || clauseOpeners.has(toks[a].bare))) a++;
  let b = c;
  while (b > a && (toks[b - 1].bare === 'قد' || toks[b - 1].key === 'قد')) b--;
  if (b - a < 1 || b - a > 7) return null;
  for (let k = a; k < b; k++) if (cueOf(toks[k]) || isComplementiser(toks[k])) return null;
  const e = nounPhraseEnd(toks, a, b, { quotesInside: true, maxLen: 7 });
  if (e <= a || b - e > 3) return null;
  if (!headInfo(toks[a]) && !backRefs.has(phraseKey(toks, a, e)) && !namesSource(toks, a, e)) {
    // a lone undefined word may be a name, but not an adverb with tanween (تماماً)
    if (e - a > 2 || toks[a].al || isDateWord(toks[a]) || toks[a].raw.includes('\u064B')) return null;
  }
  return [a, e];
}

function isFem(t: Tok, f: CueForm): boolean {
  return f.fem;
}

/** Speaker from tokens [a, b): a back-reference is resolved to the earlier mention. */
function speakerOf(
  st: State,
  toks: Tok[],
  a: number,
  b: number,
  fem: boolean | null,
  register = true,
): Speaker {
  const key = phraseKey(toks, a, b);
  const target = backRefs.get(key);
  if (target) {
    const m = antecedent(st, target);
    if (m) return { ...m.span, kind: m.kind, role: m.role, resolvedFrom: m.span };
  }
  const read: SpeakerRead = classifySpeaker(toks, a, b);
  if (read.kind !== 'named' && headInfo(toks[a])?.role && toks[a].al === false) {
    // "عضو الائتلاف" after "سمير نشار، عضو الائتلاف الوطني": the title points back at the person
    const m = byRole(st, key);
    if (m) return { ...m.span, kind: m.kind, role: m.role, resolvedFrom: m.span };
  }
  const span = lite(st.text, toks[a].start, toks[b - 1].end);
  const sp: Speaker = { ...span, kind: read.kind, role: read.role };
  if (register) remember(st, sp, fem, REPORTER.has(toks[a].base));
  return sp;
}

function byRole(st: State, key: string): Mention | undefined {
  for (let i = st.speakers.length - 1; i >= 0; i--) {
    const m = st.speakers[i];
    if (m.kind === 'named' && m.role && roleKey(m.role).startsWith(key)) return m;
  }
  return undefined;
}
const roleKeys = new Map<string, string>();
function roleKey(role: string): string {
  let k = roleKeys.get(role);
  if (k === undefined) {
    k = role.split(/\s+/).map(searchKey).join(' ');
    roleKeys.set(role, k);
  }
  return k;
}

function remember(st: State, sp: Speaker, fem: boolean | null, reporter: boolean): void {
  const m: Mention = {
    span: { start: sp.start, end: sp.end, text: sp.text },
    kind: sp.kind,
    role: sp.role,
    fem,
    reporter,
  };
  st.speakers.push(m);
  if (sp.kind === 'media' && !reporter) st.media.push(m);
}

function antecedent(st: State, target: string): Mention | undefined {
  const list = target === 'media' ? st.media : st.speakers;
  const ok = (m: Mention) =>
    target === 'media'
      ? true
      : target === 'reporter'
        ? m.reporter
        : target === 'anonymous'
          ? m.kind === 'anonymous'
          : target === 'source'
            ? m.kind === 'official' || m.kind === 'anonymous'
            : target === 'named'
              ? m.kind === 'named' || m.kind === 'official'
              : target === 'any'
                ? true
                : m.kind === target;
  for (let i = list.length - 1; i >= 0; i--) if (ok(list[i])) return list[i];
  return undefined;
}

/** The speaker of a continuation with no subject: the last speaker, preferring one of the same gender. */
function continuationSpeaker(st: State, fem: boolean): Mention | undefined {
  const sp = st.speakers;
  for (let i = sp.length - 1; i >= 0 && i >= sp.length - 3; i--) if (sp[i].fem === fem) return sp[i];
  return sp[sp.length - 1];
}

function resolved(m: Mention): Speaker {
  return { ...m.span, kind: m.kind, role: m.role, resolvedFrom: m.span };
}

function contentFrom(
  st: State,
  toks: Tok[],
  j: number,
  s: Range,
  tryDirect: boolean,
): { content: [number, number]; direct: boolean } {
  const t = toks[j];
  if (tryDirect && OPEN_QUOTE.test(t.gap)) {
    const g0 = t.start - t.gap.length;
    let open = -1;
    for (let i = t.start - 1; i >= g0; i--) if (OPEN_QUOTE.test(st.text[i])) open = i;
    const ch = st.text[open];
    const close = st.text.indexOf(ch === '«' ? '»' : ch === '“' ? '”' : '"', t.start);
    if (open >= 0 && close > 0 && close <= s.end) {
      const inner = st.text.slice(t.start, close).split(/\s+/).length;
      const rest = st.text
        .slice(close + 1, s.end)
        .split(/\s+/)
        .filter(Boolean).length;
      if (inner >= 3 || rest <= inner) return { content: [t.start, close], direct: true };
    }
  }
  return { content: [t.start, s.end], direct: false };
}

function verbQuote(
  st: State,
  toks: Tok[],
  c: number,
  f: CueForm,
  typo: boolean,
  s: Range,
  drafts: Draft[],
  realQuoteAt: (j: number) => boolean,
): { draft: Draft; next: number } | null {
  const n = toks.length;
  const t = toks[c];
  const next = toks[c + 1];
  if (!next) return null;
  if (impersonal.has(t.bare) && (isComplementiser(next) || next.key === 'الي')) return null;
  const isCue = (x: Tok) => cueOf(x) !== undefined;
  const fem = isFem(t, f);
  let subj: [number, number] | null = null;
  let g = c + 1;
  /** token where a nominal object (a verbal noun) starts, cut off the speaker phrase */
  let nominalAt = -1;
  if (f.form !== 'participle') {
    // punctuation right after the verb (قالت : ...) means the subject is not after it
    // "وطالب بإجلاء ...": a continuation with no subject goes straight into its preposition
    let e =
      PUNCT_NO_QUOTES.test(next.gap) || (continuesSentence(toks, c) && opensWithMasdar(next, f.verb.preps))
        ? c + 1
        : nounPhraseEnd(toks, c + 1, n, { preps: f.verb.preps, isCue });
    // "أعلن وزير الداخلية سقوط ...": the verbal noun opens the object, not the speaker's name
    if ((f.verb.object || f.verb.nominal) && !typo && e > c + 2) {
      const m = masdarCut(toks, c + 1, e);
      if (m < e && n - m >= 2) e = nominalAt = m; // one word alone (أسماءهم) is no statement
    }
    const before = f.verb.addressee ? subjectBefore(toks, c) : null;
    if (before)
      subj = before; // "لافروف أبلغ كيري بأن": the noun after the verb is the addressee
    else if (e > c + 1) {
      subj = [c + 1, e];
      g = e;
    } else subj = subjectBefore(toks, c);
  }
  const maxSkip = f.form === 'participle' ? 5 : f.verb.strict || typo ? 4 : 12;
  let gap: Gap | null =
    nominalAt > 0 && subj?.[1] === nominalAt
      ? { content: nominalAt, byComplementiser: false }
      : scanGap(toks, g, f, maxSkip, realQuoteAt);
  if (!gap && f.verb.object && !typo) {
    let e = g;
    if (subj && subj[0] === c + 1) {
      e = nounPhraseEnd(toks, c + 1, n, { preps: f.verb.preps, isCue, objectSplit: true });
      subj = [c + 1, e];
    }
    while (e < n && (isDateWord(toks[e]) || /^(الاول|الثاني|من)$/.test(toks[e].key))) e++;
    if (n - e >= 2 && !cueOf(toks[e])) gap = { content: e, byComplementiser: false };
  }
  if (!gap) return null;
  if (typo && !(gap.byComplementiser && subj && subj[0] === c + 1 && headInfo(toks[c + 1]))) return null;
  if (
    f.form !== 'participle' &&
    !subj &&
    !gap.byComplementiser &&
    gap.content === c + 1 &&
    !OPEN_QUOTE.test(next.gap)
  ) {
    // a bare verb straight into content with no subject is too weak ("أعلن بدء ..." in passing),
    // unless it opens its sentence right after a quoted one: "وكشف عن ..."، "كما طالب بـ ..."
    if (!next.gap.includes(':') && !(continuesSentence(toks, c) && st.sentence - st.lastQuoted <= 2))
      return null;
  }
  // the speaker
  let speaker: Speaker | undefined;
  let local = false;
  const via: Lite[] = [];
  let primary: Speaker | undefined;
  if (subj) {
    primary = speakerOf(st, toks, subj[0], subj[1], fem);
    local = !primary.resolvedFrom;
  } else if (f.form === 'participle' && drafts.length) {
    primary = { ...drafts[drafts.length - 1].speaker };
    primary.resolvedFrom ??= { start: primary.start, end: primary.end, text: primary.text };
  } else {
    const m = continuationSpeaker(st, fem);
    if (m) primary = resolved(m);
  }
  if (gap.source) {
    if (primary) via.push(stripRole(primary));
    if (primary?.kind === 'media' && local) st.media.push(asMention(primary, fem));
    speaker = speakerOf(st, toks, gap.source[0], gap.source[1], null);
    local = !speaker.resolvedFrom;
  } else speaker = primary;
  if (!speaker) return null;
  if (gap.role && local && !speaker.role) {
    speaker.role = spanText(toks, gap.role[0], gap.role[1])
      .replace(/["«»“”]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    const m = st.speakers[st.speakers.length - 1];
    if (m && m.span.start === speaker.start) m.role = speaker.role;
  }
  let channel: Lite | undefined;
  if (gap.channel) {
    const [a, b] = gap.channel;
    const start = toks[a].key === 'ل' ? toks[a + 1].start : toks[a].start + 1;
    let end = toks[b - 1].end;
    const inside = st.text.slice(start, end);
    if ((inside.match(/"/g) ?? []).length % 2 === 1 && st.text[end] === '"') end++;
    channel = lite(st.text, start, end);
    st.media.push({ span: channel, kind: 'media', fem: true, reporter: false });
  }
  const { content, direct } = contentFrom(st, toks, gap.content, s, true);
  const cueStart = t.key !== t.bare ? t.start + 1 : t.start;
  const draft: Draft = {
    cue: lite(st.text, cueStart, t.end),
    speaker,
    local,
    content,
    direct,
    channel,
    via: via.length ? via : undefined,
  };
  return { draft, next: gap.content };
}

/** A cue that opens its sentence with a conjunction (وكشف، فأكد، كما دعا، ثم أعلن). */
function continuesSentence(toks: Tok[], c: number): boolean {
  const t = toks[c];
  if (c === 0) return t.key !== t.bare;
  return c === 1 && CONTINUERS.has(toks[0].key);
}
const CONTINUERS = new Set(['كما', 'ثم']);

/** ب + a verbal noun or a definite word (بإجلاء، بتنفيذ، بالإفراج), not a name (بشار، بوتين). */
function opensWithMasdar(t: Tok, preps: readonly string[]): boolean {
  return preps.includes('ب') && opensPrep(t, ['ب']) && /^ب(ال|[اتم])/.test(t.bare);
}

function stripRole(sp: Speaker): Lite {
  const base = sp.resolvedFrom ?? sp;
  return { start: base.start, end: base.end, text: base.text };
}
function asMention(sp: Speaker, fem: boolean): Mention {
  return { span: stripRole(sp), kind: sp.kind, fem, reporter: false };
}

/** "الجيش الحر: ايران عرقلت الهدنة" — a short speaker phrase and a colon at the sentence start. */
function headlineQuote(st: State, toks: Tok[], s: Range): Draft | null {
  let j = 1;
  while (j < toks.length && j <= COLON_MAX && !toks[j].gap.includes(':')) j++;
  if (j >= toks.length || j > COLON_MAX || !toks[j].gap.includes(':')) return null;
  let a = 0;
  while (a < j && clauseOpeners.has(toks[a].key)) a++;
  if (a >= j || creditWords.has(toks[a].base) || creditWords.has(toks[a].key)) return null;
  for (let k = a; k < j; k++)
    if (cueOf(toks[k]) || isComplementiser(toks[k]) || /[،,]/.test(toks[k].gap)) return null;
  if (toks.length - j < 3) return null;
  const e = nounPhraseEnd(toks, a, j, { quotesInside: true });
  if (e !== j) return null;
  const key = phraseKey(toks, a, j);
  if (!headInfo(toks[a]) && !backRefs.has(key) && !namesSource(toks, a, j)) {
    if (j - a !== 1 || toks[a].al) return null;
  }
  const speaker = speakerOf(st, toks, a, j, true);
  const { content, direct } = contentFrom(st, toks, j, s, true);
  const colon = st.text.lastIndexOf(':', toks[j].start);
  return {
    cue: lite(st.text, colon, colon + 1),
    speaker,
    local: !speaker.resolvedFrom,
    content,
    direct,
    headline: true,
  };
}

/** "بحسب المصادر" / "وفقا لوزارة الخارجية" / "نقلا عن مسؤول": attribution without a verb. */
function phraseQuote(
  st: State,
  toks: Tok[],
  c: number,
  s: Range,
  covered: number,
): { draft: Draft; next: number } | null {
  const t = toks[c];
  if (!PHRASE_HEADS.has(t.bare) || t.start < covered) return null;
  const n = toks.length;
  let a = c + 1;
  let startShift = 0;
  if (t.bare === 'نقلا' || t.bare === 'استنادا') {
    if (!toks[a] || !/^(عن|الي)$/.test(toks[a].key)) return null;
    a++;
  } else if (t.bare === 'وفقا' || t.bare === 'طبقا') {
    const x = toks[a];
    if (!x) return null;
    if (x.key === 'ل') a++;
    else if (x.key[0] === 'ل' && x.key.length > 2) startShift = 1;
    else return null;
  }
  if (a >= n) return null;
  if (toks[a].key === 'ما') return null; // بحسب ما قال X: the verb rule reads it
  let e = sourceEnd(toks, a);
  if (e <= a) return null;
  // "المعلومات التي حصلت عليها الأناضول من مصادر ...": the outlet relays the sources
  let via: Lite[] | undefined;
  let src: [number, number] = [a, e];
  if (e < n && /^(التي|الذي)$/.test(toks[e].key)) {
    let m = e + 1;
    while (m < n && m < e + 4 && headInfo(toks[m])?.kind !== 'media') m++;
    if (m < n && headInfo(toks[m])?.kind === 'media') {
      const me = sourceEnd(toks, m);
      if (me < n && /^(من|عن)$/.test(toks[me].key)) {
        const se = sourceEnd(toks, me + 1);
        if (namesSource(toks, me + 1, se)) {
          const outlet = speakerOf(st, toks, m, me, true, false);
          st.media.push(asMention(outlet, true));
          via = [stripRole(outlet)];
          src = [me + 1, se];
          e = se;
        }
      }
    }
  }
  if (!via) {
    const x = toks[a];
    const h = headInfo(x);
    const named = !h && namesSource(toks, a, e) && (t.bare !== 'حسب' || e - a >= 2);
    if (!h && !backRefs.has(phraseKey(toks, a, e)) && !named) return null;
  }
  const speaker = speakerOf(st, toks, src[0], src[1], null);
  if (startShift && !speaker.resolvedFrom && src[0] === a) {
    speaker.start += 1;
    speaker.text = st.text.slice(speaker.start, speaker.end);
  }
  // content: after the phrase when it opens the clause, else the clause before it
  let atStart = c === 0 || CLAUSE.test(t.gap);
  if (!atStart) {
    let k = c - 1;
    while (k >= 0 && clauseOpeners.has(toks[k].bare)) k--;
    atStart = k < 0;
  }
  let content: [number, number] | null = null;
  let next = e;
  if (atStart) {
    let k = e;
    for (let m = e; m < n && m < e + 12; m++) {
      if (isComplementiser(toks[m]) && toks[m].key.startsWith('فان')) {
        k = m + 1;
        break;
      }
    }
    if (k === e) while (k < n && isDateWord(toks[k])) k++;
    if (k < n) {
      content = [toks[k].start, s.end];
      next = k;
    }
  }
  if (!content) {
    // the phrase closes its clause: the content is the clause before it
    if (c === 0) return null;
    let k = c - 1;
    while (k > 0 && !CLAUSE.test(toks[k].gap)) k--;
    content = [toks[k].start, t.start];
    if (st.text.slice(content[0], content[1]).trim().split(/\s+/).length < 3)
      content = [toks[0].start, t.start];
  }
  const cueStart = t.key !== t.bare ? t.start + 1 : t.start;
  return {
    draft: {
      cue: lite(st.text, cueStart, t.end),
      speaker,
      local: !speaker.resolvedFrom,
      content,
      direct: false,
      via,
      phrase: true,
    },
    next,
  };
}

function toQuote(text: string, article: string, d: Draft): Quote {
  const span = (l: Lite) => ({ article, start: l.start, end: l.end, text: l.text });
  let start = Math.min(d.cue.start, d.content[0]);
  let end = Math.max(d.cue.end, d.content[1] + (d.direct ? 1 : 0));
  if (d.local) {
    start = Math.min(start, d.speaker.start);
    end = Math.max(end, d.speaker.end);
  }
  const speaker: Quote['speaker'] = { ...span(d.speaker), kind: d.speaker.kind };
  if (d.speaker.role) speaker.role = d.speaker.role;
  if (d.speaker.resolvedFrom) speaker.resolvedFrom = span(d.speaker.resolvedFrom);
  const q: Quote = {
    id: '',
    article,
    start,
    end: Math.min(end, text.length),
    speaker,
    cue: span(d.cue),
    content: span(lite(text, d.content[0], d.content[1])),
    direct: d.direct,
  };
  if (d.channel) q.channel = span(d.channel);
  if (d.via) q.via = d.via.map(span);
  return q;
}
