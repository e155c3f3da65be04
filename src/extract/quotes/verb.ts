// A statement opened by a cue verb or participle (قال، أكد، موضحا): the subject around the verb, the
// gap up to the content (channel, apposition, relayed source) and the speaker it resolves to.
import type { Range } from '../../text/segment.js';
import { contentFrom, continuesSentence, opensWithMasdar, subjectBefore, CLAUSE } from './clause.js';
import { cueOf, impersonal, type CueForm } from './cues.js';
import { cueSpan, lite, stripRole, type Draft, type Lite, type QuoteRead, type Speaker } from './draft.js';
import { outletNameEnd, scanGap, type Gap } from './gap.js';
import { asMention, continuationSpeaker, resolved, speakerOf, type State } from './memory.js';
import { isPlaceOnly, masdarCut, nounPhraseEnd, spanText } from './speakers.js';
import {
  OPEN_QUOTE,
  channelAt,
  notSpeakers,
  reporterNouns,
  headInfo,
  isComplementiser,
  isDateWord,
  monthOrdinals,
  type Tok,
} from './words.js';

/** One cue being read: the sentence, its tokens and the cue's reading. */
export interface CueAt {
  st: State;
  toks: Tok[];
  /** index of the cue token */
  at: number;
  form: CueForm;
  /** read from a misspelt verb (typoCue): only a clear "قال X إن" shape is trusted */
  typo: boolean;
  sentence: Range;
  /** quotes already read in this sentence (a participle continues the last one's speaker) */
  earlier: Draft[];
  /** does a quotation (not a quoted name) open just before token j? */
  realQuoteAt: (j: number) => boolean;
}

/** Tokens [start, end) of a subject. */
type TokenSpan = [number, number];

interface SubjectRead {
  subject: TokenSpan | null;
  /** token where the scan for the content starts */
  scanFrom: number;
  /** token where a nominal object (a verbal noun) starts, cut off the speaker phrase; -1 if none */
  nominalAt: number;
}

/**
 * Skip limits: how many ordinary words the gap scan passes before it gives up on finding the
 * content. A participle (موضحا) sits right before its content; a strict verb or a misspelt one must
 * be close to be trusted; an ordinary verb may carry a channel, an apposition and a place first.
 * Higher finds more distant contents and more false ones.
 */
const MAX_SKIP_PARTICIPLE = 5;
const MAX_SKIP_STRICT = 4;
const MAX_SKIP_VERB = 12;
/** A verbal-noun object must leave at least two words of content (one word, أسماءهم, is no statement). */
const MIN_OBJECT_WORDS = 2;
/**
 * "أعلن ... بدء": a bare verb straight into its content with no subject is trusted as a continuation
 * only within two sentences of the last quote.
 */
const CONTINUATION_MAX_SENTENCES = 2;

export function verbQuote(cx: CueAt): QuoteRead | null {
  const { st, toks, at } = cx;
  const next = toks[at + 1];
  if (!next) return null;
  if (impersonal.has(toks[at].bare) && (isComplementiser(next) || next.key === 'الي')) return null;
  const read = subjectAround(cx);
  const found = contentGap(cx, read);
  if (!found) return null;
  const { gap, subject } = found;
  if (!trusted(cx, subject, gap)) return null;
  const who = resolveSpeaker(cx, subject, gap);
  if (!who) return null;
  // "ذكرت الأناضول نقلا عن مصادر": the outlet that relays the sources is also the channel they spoke through
  const channel = channelOf(cx, gap) ?? who.relayOutlet ?? reporterOutlet(cx, who.local ? subject : null);
  const { content, direct } = contentFrom(st.text, toks, gap.content, cx.sentence);
  const draft: Draft = {
    cue: cueSpan(st.text, toks[at]),
    speaker: who.speaker,
    local: who.local,
    content,
    direct,
    channel,
    via: who.via.length ? who.via : undefined,
    restated: subject !== null && who.speaker.resolvedFrom !== undefined,
  };
  return { draft, next: gap.content };
}

/** "مراسل الجزيرة سامر يوسف": the outlet a reporter speaks for is the statement's channel. */
function reporterOutlet(cx: CueAt, subject: TokenSpan | null): Lite | undefined {
  if (!subject || subject[1] - subject[0] < 2) return undefined;
  const { st, toks } = cx;
  const [a, b] = subject;
  if (!reporterNouns.has(toks[a].base) || headInfo(toks[a + 1])?.kind !== 'media') return undefined;
  const end = Math.min(b, outletNameEnd(toks, a + 1));
  return lite(st.text, toks[a + 1].start, toks[end - 1].end);
}

/** The subject after the verb (قال الوزير), else before it (الوزير قال); none for a participle. */
function subjectAround(cx: CueAt): SubjectRead {
  const { toks, at, form, typo } = cx;
  const n = toks.length;
  const next = toks[at + 1];
  const read: SubjectRead = { subject: null, scanFrom: at + 1, nominalAt: -1 };
  if (form.form === 'participle') return read;
  const isCue = (x: Tok) => cueOf(x) !== undefined;
  // punctuation right after the verb (قالت : ...) means the subject is not after it
  // "وطالب بإجلاء ...": a continuation with no subject goes straight into its preposition
  // "وتابع «يجب أن ...»": a quotation right after the verb is its content, not its subject
  let end =
    CLAUSE.test(next.gap) ||
    (OPEN_QUOTE.test(next.gap) && cx.realQuoteAt(at + 1)) ||
    (continuesSentence(toks, at) && opensWithMasdar(next, form.verb.preps))
      ? at + 1
      : nounPhraseEnd(toks, at + 1, n, { preps: form.verb.preps, isCue });
  // "أعلن وزير الداخلية سقوط ...": the verbal noun opens the object, not the speaker's name
  if ((form.verb.object || form.verb.nominal) && !typo && end > at + 2) {
    const cut = masdarCut(toks, at + 1, end);
    if (cut < end && n - cut >= MIN_OBJECT_WORDS) end = read.nominalAt = cut;
  }
  const before = form.verb.addressee ? subjectBefore(toks, at) : null;
  // "قال أول من أمس إن"، "أكد في غضون"، "بقوله": no speaker opens with these; the scan passes them
  if (end > at + 1 && (notSpeakers.has(next.key) || notSpeakers.has(next.bare))) {
    read.subject = subjectBefore(toks, at);
    return read;
  }
  if (before)
    read.subject = before; // "لافروف أبلغ كيري بأن": the noun after the verb is the addressee
  else if (end > at + 1) {
    read.subject = [at + 1, end];
    read.scanFrom = end;
  } else read.subject = subjectBefore(toks, at);
  return read;
}

/** The gap from the subject to the content; a verb that takes an object may start it bare. */
function contentGap(cx: CueAt, read: SubjectRead): { gap: Gap; subject: TokenSpan | null } | null {
  const { toks, at, form, typo } = cx;
  const n = toks.length;
  let subject = read.subject;
  const maxSkip =
    form.form === 'participle'
      ? MAX_SKIP_PARTICIPLE
      : form.verb.strict || typo
        ? MAX_SKIP_STRICT
        : MAX_SKIP_VERB;
  let gap: Gap | null =
    read.nominalAt > 0 && subject?.[1] === read.nominalAt
      ? { content: read.nominalAt, byComplementiser: false }
      : scanGap(toks, read.scanFrom, form, maxSkip, cx.realQuoteAt);
  if (!gap && form.verb.object && !typo) {
    let end = read.scanFrom;
    if (subject && subject[0] === at + 1) {
      const isCue = (x: Tok) => cueOf(x) !== undefined;
      end = nounPhraseEnd(toks, at + 1, n, { preps: form.verb.preps, isCue, objectSplit: true });
      subject = [at + 1, end];
    }
    while (end < n && (isDateWord(toks[end]) || monthOrdinals.has(toks[end].key) || toks[end].key === 'من'))
      end++;
    if (n - end >= MIN_OBJECT_WORDS && !cueOf(toks[end])) gap = { content: end, byComplementiser: false };
  }
  return gap ? { gap, subject } : null;
}

/** Reject weak readings: a misspelt cue without "X إن", a bare verb with no subject in passing. */
function trusted(cx: CueAt, subject: TokenSpan | null, gap: Gap): boolean {
  const { st, toks, at, form, typo } = cx;
  const next = toks[at + 1];
  if (typo && !(gap.byComplementiser && subject && subject[0] === at + 1 && headInfo(toks[at + 1])))
    return false;
  const bareIntoContent =
    form.form !== 'participle' &&
    !subject &&
    !gap.byComplementiser &&
    gap.content === at + 1 &&
    !OPEN_QUOTE.test(next.gap);
  if (!bareIntoContent) return true;
  // a bare verb straight into content with no subject is too weak ("أعلن بدء ..." in passing),
  // unless it opens its sentence right after a quoted one: "وكشف عن ..."، "كما طالب بـ ..."
  return (
    next.gap.includes(':') ||
    (continuesSentence(toks, at) && st.sentence - st.lastQuoted <= CONTINUATION_MAX_SENTENCES)
  );
}

/**
 * The speaker: the subject, else the last quote's speaker (a participle), else a continuation of an
 * earlier speaker. A relayed source in the gap (نقل X عن مصادر) becomes the speaker, X its relay.
 */
function resolveSpeaker(
  cx: CueAt,
  subject: TokenSpan | null,
  gap: Gap,
): { speaker: Speaker; local: boolean; via: Lite[]; relayOutlet?: Lite } | null {
  const { st, toks, form } = cx;
  let local = false;
  const via: Lite[] = [];
  let primary: Speaker | undefined;
  // a place alone is no speaker: the reading is dropped rather than given to someone else
  if (subject && subject[1] - subject[0] === 1 && isPlaceOnly(toks[subject[0]])) return null;
  if (subject && !headInfo(toks[subject[0]]) && objectLike(toks, subject)) return null;
  if (subject) {
    primary = speakerOf(st, toks, subject[0], subject[1], form.fem);
    local = !primary.resolvedFrom;
  } else if (form.form === 'participle' && cx.earlier.length) {
    primary = { ...cx.earlier[cx.earlier.length - 1].speaker };
    primary.resolvedFrom ??= { start: primary.start, end: primary.end, text: primary.text };
  } else {
    const m = continuationSpeaker(st, form.fem);
    if (m) primary = resolved(m);
  }
  let speaker = primary;
  let relayOutlet: Lite | undefined;
  const source = gap.source && speakerOf(st, toks, gap.source[0], gap.source[1], null, false);
  if (gap.source && primary && primary.kind !== 'media' && source?.kind === 'media') {
    // "قالت المصادر (حسب وكالة الأنباء)": the outlet relays the sources, who stay the speaker
    relayOutlet = stripRole(source);
    via.push(relayOutlet);
    st.media.push(asMention(source, true));
  } else if (gap.source) {
    if (primary?.kind === 'media') relayOutlet = stripRole(primary);
    if (primary) via.push(stripRole(primary));
    if (primary?.kind === 'media' && local) st.media.push(asMention(primary, form.fem));
    speaker = speakerOf(st, toks, gap.source[0], gap.source[1], null);
    local = !speaker.resolvedFrom;
  }
  if (!speaker) return null;
  if (gap.role && local && !speaker.role) giveRole(cx, speaker, gap.role);
  return { speaker, local, via, ...(relayOutlet ? { relayOutlet } : {}) };
}

/** A preposition with its pronoun (تكشف لنا، قال له). */
const PREP_PRONOUN = /^[لب](نا|ه|ها|هم|هما|كم)$/;
/** A singular feminine possessive suffix (ولاءها، دعمها): few names end so. */
const OWNED_BY_HER = /.{3}ها$/;
/** A plural possessive suffix (خفاياهم، مواقفهم): few names end so. */
const PLURAL_POSSESSIVE = /.{3}(هم|هما|هن)$/;

/**
 * "وكشف خفاياهم لأنهم"، "تكشف لنا أسطورية ...": a phrase that opens with a preposition and its
 * pronoun, or an unknown noun owned by "them" (or a phrase opened by a noun owned by "her":
 * ولاءها لـ ...) with no إن/أن or colon right after it (والدتهم إن speaks), is the verb's object,
 * not who speaks.
 */
function objectLike(toks: Tok[], [a, b]: TokenSpan): boolean {
  const t = toks[a];
  if (PREP_PRONOUN.test(t.bare)) return true;
  const next = toks[b];
  // (لأنهم is "because", not "that")
  const said =
    next !== undefined &&
    ((isComplementiser(next) && !next.bare.startsWith('لان')) || /[:«"“]/.test(next.gap));
  if (said) return false;
  if (b - a === 1 && PLURAL_POSSESSIVE.test(t.bare)) return true;
  // "أعلنت ولاءها لتنظيم ...": a noun owned by "her" opens the verb's object; with no إن/أن or
  // colon after it, nobody speaks (a ب before a verbal noun, توعد بسحق, is left: بوتين starts so)
  return OWNED_BY_HER.test(t.bare);
}

/** An apposition in the gap ("، المستشار القانوني لـ ...،") is the speaker's role. */
function giveRole(cx: CueAt, speaker: Speaker, role: TokenSpan): void {
  const { st, toks } = cx;
  speaker.role = spanText(toks, role[0], role[1])
    .replace(/["«»“”]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const m = st.speakers[st.speakers.length - 1];
  if (m && m.span.start === speaker.start) m.role = speaker.role;
}

/** The channel (لوكالة الأنباء): its span without the clitic ل, remembered as an outlet. */
function channelOf(cx: CueAt, gap: Gap): Lite | undefined {
  if (!gap.channel) return undefined;
  const { st, toks } = cx;
  const [a, b] = gap.channel;
  // written with its ل (لوكالة، ل "الجيش") or bare in the statement's occasion (في اتصال مع رويترز)
  const start =
    channelAt(toks, a) !== a ? toks[a].start : toks[a].key === 'ل' ? toks[a + 1].start : toks[a].start + 1;
  let end = toks[b - 1].end;
  const inside = st.text.slice(start, end);
  if ((inside.match(/"/g) ?? []).length % 2 === 1 && st.text[end] === '"') end++;
  const channel = lite(st.text, start, end);
  st.media.push({ span: channel, kind: 'media', fem: true, reporter: false });
  return channel;
}
