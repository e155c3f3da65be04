// Independent origins of a claim, grouped, each group with why its statements were folded into one
// voice. Passage-level origins and named voices fold copies and one speaker; what they miss here: one source named in two wordings ("المكتب الإعلامي للمقاومة" and
// "... الشعبية", "مكتب رئيس الحكومة" and "بيان مكتب رئيس الوزراء"), and one wire sentence rewritten
// by two papers (most content words in common). A claim is corroborated by two such origins only
// when their sentences tell one event: two sentences that both name entities name one in common.
import { sameStory, sentenceTokens, type ArticleCtx } from '../context/context.js';
import type { FoldReason } from '../../contract.js';
import type { Statement } from '../statements/statement.js';

/** What a statement needs to be placed among origins (a signature claim's members have no more). */
export type OriginItem = Pick<Statement, 'ctx' | 'sent' | 'span' | 'voice'>;
import { phraseKey } from '../../text/arabic.js';

/** Statements of one claim compared pairwise (the first ones stand for the rest). */
const MAX_COMPARED = 24;
/** Words of two speaker names in common that make one source (two words: an office and its head). */
const SHARED_NAME_WORDS = 2;
/** Content stems two sentences share to be one text rewritten: six, and 70% of the shorter (two papers telling one fact share about half). */
const REWRITE_STEMS = 6;
const REWRITE_SHARE = 0.7;
/** Words in a row two sentences share that make one text: independent writers rarely match eight. */
const SHARED_RUN = 8;
/** Stems and words shorter than this (particles, pronouns) tell nothing. */
const CONTENT = 3;

const named = (s: OriginItem) => !s.voice.id.startsWith('outlet:');

function nameWords(s: OriginItem): Set<string> {
  return new Set(
    phraseKey(s.voice.by)
      .split(/\s+/)
      .filter((w) => w.length >= CONTENT),
  );
}

/** Content words of a statement's sentence, as name words are keyed. */
function sentenceWords(s: OriginItem): Set<string> {
  return new Set(sentenceTokens(s.ctx, s.sent).map((t) => phraseKey(t.text)));
}

/**
 * One source: two named speakers in two wordings (one name inside the other, or two words shared),
 * or a paper telling without quotes what a named speaker said (its sentence names him: "أعلن مكتب
 * رئيس الحكومة أن ...").
 */
function sameSource(a: OriginItem, b: OriginItem): boolean {
  if (named(a) !== named(b)) {
    const [speaker, paper] = named(a) ? [a, b] : [b, a];
    const name = [...nameWords(speaker)];
    const said = sentenceWords(paper);
    return (
      name.length > 0 && name.filter((w) => said.has(w)).length >= Math.min(SHARED_NAME_WORDS, name.length)
    );
  }
  if (!named(a)) return false;
  const ka = phraseKey(a.voice.by);
  const kb = phraseKey(b.voice.by);
  if (ka.includes(kb) || kb.includes(ka)) return true;
  const wb = nameWords(b);
  let n = 0;
  for (const w of nameWords(a)) if (wb.has(w) && ++n >= SHARED_NAME_WORDS) return true;
  return false;
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

/** One text rewritten: a clause copied word for word, or most content stems of the shorter sentence in the other. */
function oneText(a: OriginItem, b: OriginItem, sa: Set<string>, sb: Set<string>): boolean {
  if (sharedRun(wordRun(a), wordRun(b))) return true;
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
  { pairwise = true }: { pairwise?: boolean } = {},
): { voices: number; groups: OriginGroup<T>[] } {
  const parent = statements.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const folds: { reason: FoldReason; i: number; j: number }[] = [];
  const join = (i: number, j: number, reason: FoldReason) => {
    const [ri, rj] = [find(i), find(j)];
    if (ri === rj) return;
    parent[ri] = rj;
    folds.push({ reason, i, j });
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
  // one source in two wordings, one text rewritten: pairwise, on the first statements
  const list = pairwise ? statements.slice(0, MAX_COMPARED) : [];
  const st = list.map(stems);
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      if (find(i) === find(j)) continue;
      if (sameSource(list[i], list[j])) join(i, j, 'same-source');
      else if (oneText(list[i], list[j], st[i], st[j])) join(i, j, 'rewording');
    }
  // origins that tell one event with another origin
  const linked = new Set<number>();
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      if (find(i) === find(j)) continue;
      if (oneEvent(list[i], list[j])) {
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
  // the only origin is the claim's one voice; without the pairwise reading (a signature claim)
  // every origin counts
  if (byRoot.size === 1 || !pairwise) for (const g of byRoot.values()) g.counted = true;
  for (const { reason, i, j } of folds)
    byRoot.get(find(i))!.folds.push({ reason, a: statements[i], b: statements[j] });
  const groups = [...byRoot.values()].sort((x, y) => y.members.length - x.members.length);
  return { voices: Math.max(1, groups.filter((g) => g.counted).length), groups };
}
