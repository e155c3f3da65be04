// Independent origins of a claim, grouped, each group with why its statements were folded into one
// voice. Passage-level origins and named voices fold copies and one speaker; what they miss here:
// one source named in two wordings ("المكتب الإعلامي للمقاومة" and "... الشعبية", "مكتب رئيس
// الحكومة" and "بيان مكتب رئيس الوزراء"), a paper going on telling a named speaker's statement in
// its own words, and one wire sentence rewritten by two papers (most content words in common). A
// claim is corroborated by two such origins only when their sentences tell one event: two sentences
// that both name entities name one in common. One body's statement retold by papers that cite it
// is one origin too (sources.ts).
import { sameStory, sentenceAt, sentenceTokens, type ArticleCtx } from '../context/context.js';
import type { FoldReason } from '../../contract.js';
import type { Statement } from '../statements/statement.js';
import { phraseKey } from '../../text/arabic.js';
import { readLexicon } from '../../lexicon.js';
import { nameWordsSchema, speakerNounsSchema } from '../../lexicon-schemas.js';
import { sharedSource, sourcesOf } from './sources.js';

/** What a statement needs to be placed among origins (a signature claim's members have no more). */
export type OriginItem = Pick<Statement, 'ctx' | 'sent' | 'span' | 'voice'>;

/** Statements of one claim compared pairwise (the first ones stand for the rest). */
const MAX_COMPARED = 24;
/** Words of two speaker names in common that make one source (two words: an office and its head). */
const SHARED_NAME_WORDS = 2;
/** Content stems two sentences share to be one text rewritten: six, and 70% of the shorter (two papers telling one fact share about half). */
const REWRITE_STEMS = 6;
export const REWRITE_SHARE = 0.7;
/** Words in a row two sentences share that make one text: independent writers rarely match eight. */
const SHARED_RUN = 8;
/** A near copy: the shorter sentence has NEAR_COPY_MIN..NEAR_COPY_MAX words and misses at most 15% of them (one at least). */
const NEAR_COPY_MIN = 5;
const NEAR_COPY_MAX = 40;
const NEAR_COPY_SHARE = 0.15;
/** Stems and words shorter than this (particles, pronouns) tell nothing. */
const CONTENT = 3;
/**
 * Sentences after a named speaker's quotation over which a paper's own sentences still tell his
 * statement: a release rewritten gives its attribution in the lead and its figures just after.
 */
const TOLD_FOR_REACH = 3;

/** A named speaker or a relayed source; a paper's own text has an outlet or origin id ("origin:3"). */
const named = (s: OriginItem) => s.voice.id.startsWith('source:') || s.voice.id.startsWith('wire:');

/**
 * The sentence of `teller` names the speaker of `speaker`, the whole name in a row ("أعلن مكتب
 * رئيس الحكومة أن ..."): two words of a long name ("المعارضة السورية") name anyone.
 */
function names(teller: OriginItem, speaker: OriginItem): boolean {
  const name = joinCompounds(phraseKey(speaker.voice.by));
  if (!name) return false;
  const said = joinCompounds(
    ` ${sentenceTokens(teller.ctx, teller.sent)
      .map((t) => phraseKey(t.text))
      .join(' ')} `,
  );
  return said.includes(` ${name} `);
}

/**
 * A compound name written in one word or two ("عبد الغني" / "عبدالغني", "أبو مازن"): a name
 * particle of the lexicons (name-words.json, speaker-nouns.json `nameParticles`) joined to the
 * next word, so one man's two spellings are one name and a name's second part alone ("الغني",
 * "سلمان" of "محمد بن سلمان") is not that man. أبو declines (أبا, أبي: the five nouns' case
 * endings, grammar, not vocabulary), so all three forms join.
 */
const PARTICLES = [
  ...new Set(
    [
      ...readLexicon('name-words', nameWordsSchema).nameParticles.words,
      ...readLexicon('speaker-nouns', speakerNounsSchema).nameParticles.words,
    ]
      .map(phraseKey)
      .flatMap((w) => (w === phraseKey('أبو') ? [w, phraseKey('أبا'), phraseKey('أبي')] : [w])),
  ),
];
const COMPOUND = new RegExp(`(^| )(${PARTICLES.join('|')}) (?=\\S)`, 'g');
const joinCompounds = (key: string) => key.replace(COMPOUND, '$1$2');

/** Name words of a speaker's name, as sentence words are keyed. */
const wordsOf = (name: string) =>
  new Set(
    phraseKey(name)
      .split(/\s+/)
      .filter((w) => w.length >= CONTENT),
  );

/**
 * One name inside the other: what a paper's own sentence goes on telling is matched this strictly
 * (two words in common, "المعارضة السورية", would join any two opposition sources).
 */
function oneName(a: string, b: string): boolean {
  const ka = phraseKey(a);
  const kb = phraseKey(b);
  return !!ka && !!kb && (ka.includes(kb) || kb.includes(ka));
}

/** Two names of one source: one inside the other, or two words in common. */
function sameName(a: string, b: string): boolean {
  const ka = phraseKey(a);
  const kb = phraseKey(b);
  if (ka.includes(kb) || kb.includes(ka)) return true;
  const wb = wordsOf(b);
  let n = 0;
  for (const w of wordsOf(a)) if (wb.has(w) && ++n >= SHARED_NAME_WORDS) return true;
  return false;
}

/**
 * The named speaker whose statement a paper's own sentence goes on telling: the last named
 * quotation before it in its article, at most TOLD_FOR_REACH sentences back (a release rewritten:
 * "أعلنت المديرية أن ..." then its figures in the paper's words).
 */
function toldFor(s: OriginItem): string | undefined {
  let by: string | undefined;
  for (const q of s.ctx.quotes) {
    if (q.start >= s.span.start) break;
    if (q.speaker.kind === 'anonymous') continue;
    by = sentenceAt(s.ctx, q.start) >= s.sent - TOLD_FOR_REACH ? q.speaker.text : undefined;
  }
  return by;
}

/**
 * One source: two named speakers in two wordings (one name inside the other, or two words shared),
 * or a paper telling without quotes what a named speaker said (its sentence names him: "أعلن مكتب
 * رئيس الحكومة أن ...", or it goes on telling his quotation just before).
 */
function sameSource(a: OriginItem, b: OriginItem): boolean {
  if (named(a) !== named(b)) {
    const [speaker, paper] = named(a) ? [a, b] : [b, a];
    const told = toldFor(paper);
    return (told !== undefined && oneName(speaker.voice.by, told)) || names(paper, speaker);
  }
  // two speakers: one name in two wordings, or one's sentence names the other ("ذكرت صحيفة أن
  // المديرية أعلنت ...": the paper relays the office)
  if (named(a)) return sameName(a.voice.by, b.voice.by) || names(a, b) || names(b, a);
  // two papers going on telling one speaker's statement
  const ta = toldFor(a);
  const tb = toldFor(b);
  return !!ta && !!tb && oneName(ta, tb);
}

function stems(s: OriginItem): Set<string> {
  return new Set(
    sentenceTokens(s.ctx, s.sent)
      .filter((t) => t.stem.length >= CONTENT && !/[0-9٠-٩]/.test(t.text))
      .map((t) => t.stem),
  );
}

/** Word keys of a sentence in order, numbers left out (a copy may change a figure). */
const wordRun = (s: OriginItem) =>
  sentenceTokens(s.ctx, s.sent)
    .filter((t) => !/[0-9٠-٩]/.test(t.text))
    .map((t) => t.key);

/** The two sentences share a run of SHARED_RUN words: a clause copied from one text. */
function sharedRun(a: string[], b: string[]): boolean {
  const grams = new Set<string>();
  for (let i = 0; i + SHARED_RUN <= a.length; i++) grams.add(a.slice(i, i + SHARED_RUN).join(' '));
  for (let i = 0; i + SHARED_RUN <= b.length; i++)
    if (grams.has(b.slice(i, i + SHARED_RUN).join(' '))) return true;
  return false;
}

/** Words in order two sequences share (longest common subsequence), by dynamic programming. */
function inOrder(a: string[], b: string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const row = [0];
    for (let j = 0; j < b.length; j++) row.push(x === b[j] ? prev[j] + 1 : Math.max(prev[j + 1], row[j]));
    prev = row;
  }
  return prev[b.length];
}

/**
 * A short sentence copied with a word or two changed ("المحادثات التقنية" / "المحادثات الفنية"): all
 * but a few of the shorter one's words in the other, in order. Independent writers of one fact
 * choose their own order and words past a few.
 */
export function nearCopy(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < NEAR_COPY_MIN || short.length > NEAR_COPY_MAX) return false;
  const misses = Math.max(1, Math.floor(NEAR_COPY_SHARE * short.length));
  return short.length - inOrder(short, long) <= misses;
}

/** One text: a clause copied word for word, or a short sentence copied with a word changed. */
function copied(a: OriginItem, b: OriginItem): boolean {
  const [wa, wb] = [wordRun(a), wordRun(b)];
  return sharedRun(wa, wb) || nearCopy(wa, wb);
}

/** One text rewritten: a copy, or most content stems of the shorter sentence in the other. */
function oneText(a: OriginItem, b: OriginItem, sa: Set<string>, sb: Set<string>): boolean {
  if (copied(a, b)) return true;
  let n = 0;
  for (const x of sa) if (sb.has(x)) n++;
  return n >= Math.max(REWRITE_STEMS, REWRITE_SHARE * Math.min(sa.size, sb.size));
}

const entitiesOf = (ctx: ArticleCtx, sent: number) => ctx.entities?.get(sent);

/**
 * Two statements of one event: when both sentences name entities, one in common (the tolls of two
 * attacks name two towns); a sentence naming none ("وإصابة نحو 100") is read with its article (sameStory).
 */
function oneEvent(a: OriginItem, b: OriginItem): boolean {
  const ea = entitiesOf(a.ctx, a.sent);
  const eb = entitiesOf(b.ctx, b.sent);
  if (ea?.size && eb?.size) return [...ea].some((x) => eb.has(x));
  return sameStory(a.ctx, a.sent, b.ctx, b.sent);
}

/** One fold: two statements found to be one origin, and why. */
export interface Fold<T extends OriginItem = OriginItem> {
  reason: FoldReason;
  a: T;
  b: T;
  /** the source both rest on, as the first names it ('cited-source') */
  source?: string;
}

/** Statements of one origin (one voice), with the folds that joined them. */
export interface OriginGroup<T extends OriginItem = OriginItem> {
  members: T[];
  folds: Fold<T>[];
  /** counted as a voice: the only origin, or one that tells one event with another origin */
  counted: boolean;
}

/** Why two statements with one voice id or origin key are one: what kind of key they share. */
function keyReason(key: string, a: OriginItem, b: OriginItem): FoldReason {
  if (key.startsWith('source:')) return 'same-speaker';
  if (key.startsWith('wire:')) return 'relay';
  if (a.ctx === b.ctx) return 'same-article';
  if (a.voice.originAgency) return 'agency-copy';
  return a.ctx.outlet === b.ctx.outlet ? 'own-reporting' : 'copy';
}

/**
 * Independent origins among a claim's statements, as groups: statements of one voice or origin (a
 * named speaker, a relay, a copied or credited text, an outlet's own reporting), one source in two
 * wordings, or one text rewritten are one origin, and each group keeps why it was folded. Of two
 * origins or more, one counts only when some statement of it names an entity another origin's
 * sentence names (one event). `voices`: the origins counted, at least 1.
 */
export function groupOrigins<T extends OriginItem>(
  statements: T[],
  {
    pairwise = true,
    sameEvent,
  }: {
    pairwise?: boolean | 'copies';
    /** more evidence that two statements tell one event (a signature's named referent in both) */
    sameEvent?: (a: T, b: T) => boolean;
  } = {},
): { voices: number; groups: OriginGroup<T>[] } {
  const parent = statements.map((_, i) => i);
  // a loop, not recursion: thousands of copies of one text join in a chain deeper than the stack
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const folds: { reason: FoldReason; i: number; j: number; source?: string }[] = [];
  const join = (i: number, j: number, reason: FoldReason, source?: string) => {
    const [ri, rj] = [find(i), find(j)];
    if (ri === rj) return;
    parent[ri] = rj;
    folds.push({ reason, i, j, ...(source ? { source } : {}) });
  };
  // one origin or one voice id: a key in common, over every statement (cheap); the origin first,
  // so a speaker quoted in copies of one text is folded as the copy it is
  const firstWith = new Map<string, number>();
  statements.forEach((s, i) => {
    for (const key of [s.voice.origin, s.voice.id]) {
      if (!key) continue;
      const j = firstWith.get(key);
      if (j === undefined) firstWith.set(key, i);
      else join(j, i, keyReason(key, statements[j], s));
    }
  });
  // one source in two wordings, one text rewritten: pairwise, on the first statements; with
  // 'copies' (a signature claim, whose words are shared by construction) only one source and copies
  const list = pairwise ? statements.slice(0, MAX_COMPARED) : [];
  const full = pairwise === true;
  const st = full ? list.map(stems) : [];
  const sources = list.map(sourcesOf);
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      if (find(i) === find(j)) continue;
      if (sameSource(list[i], list[j])) join(i, j, 'same-source');
      else if (full ? oneText(list[i], list[j], st[i], st[j]) : copied(list[i], list[j]))
        join(i, j, 'rewording');
      else {
        // one body's statement, quoted by one paper and retold by another that cites it (sources.ts)
        const shared = sharedSource(sources[i], sources[j]);
        if (shared)
          join(i, j, named(list[i]) && named(list[j]) ? 'same-source' : 'cited-source', shared.name);
      }
    }
  // origins that tell one event with another origin
  const linked = new Set<number>();
  // a signature claim's origins too ('copies'): its shared words may tell two incidents of two
  // places ("clashes" in Aden and in Taiz; docs/voices.md, round fifteen)
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      if (find(i) === find(j)) continue;
      if (sameEvent?.(list[i], list[j]) || oneEvent(list[i], list[j])) {
        linked.add(find(i));
        linked.add(find(j));
      }
    }
  const byRoot = new Map<number, OriginGroup<T>>();
  statements.forEach((s, i) => {
    const r = find(i);
    const g = byRoot.get(r);
    if (g) g.members.push(s);
    else byRoot.set(r, { members: [s], folds: [], counted: linked.has(r) });
  });
  // the only origin is the claim's one voice; without any pairwise reading every origin counts
  if (byRoot.size === 1 || !pairwise) for (const g of byRoot.values()) g.counted = true;
  for (const { reason, i, j, source } of folds)
    byRoot
      .get(find(i))!
      .folds.push({ reason, a: statements[i], b: statements[j], ...(source ? { source } : {}) });
  const groups = [...byRoot.values()].sort((x, y) => y.members.length - x.members.length);
  return { voices: Math.max(1, groups.filter((g) => g.counted).length), groups };
}
