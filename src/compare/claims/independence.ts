// Independent origins of a claim. Passage-level origins and named voices fold copies and one
// speaker; what they miss here: one source named in two wordings ("المكتب الإعلامي للمقاومة" and
// "... الشعبية", "مكتب رئيس الحكومة" and "بيان مكتب رئيس الوزراء"), and one wire sentence rewritten
// by two papers (most content words in common). A claim is corroborated by two such origins only
// when their sentences tell one event: two sentences that both name entities name one in common.
import { sameStory, sentenceTokens, type ArticleCtx } from '../context/context.js';
import type { Statement } from '../statements/statement.js';
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

const named = (s: Statement) => !s.voice.id.startsWith('outlet:');

function nameWords(s: Statement): Set<string> {
  return new Set(
    phraseKey(s.voice.by)
      .split(/\s+/)
      .filter((w) => w.length >= CONTENT),
  );
}

/** Content words of a statement's sentence, as name words are keyed. */
function sentenceWords(s: Statement): Set<string> {
  return new Set(sentenceTokens(s.ctx, s.sent).map((t) => phraseKey(t.text)));
}

/**
 * One source: two named speakers in two wordings (one name inside the other, or two words shared),
 * or a paper telling without quotes what a named speaker said (its sentence names him: "أعلن مكتب
 * رئيس الحكومة أن ...").
 */
function sameSource(a: Statement, b: Statement): boolean {
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

function stems(s: Statement): Set<string> {
  return new Set(
    sentenceTokens(s.ctx, s.sent)
      .filter((t) => t.stem.length >= CONTENT && !/[0-9٠-٩]/.test(t.text))
      .map((t) => t.stem),
  );
}

/** Word keys of a sentence in order, numbers left out (a copy may change a figure). */
const wordRun = (s: Statement) =>
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
function oneText(a: Statement, b: Statement, sa: Set<string>, sb: Set<string>): boolean {
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
function oneEvent(a: Statement, b: Statement): boolean {
  const ea = entitiesOf(a.ctx, a.sent);
  const eb = entitiesOf(b.ctx, b.sent);
  if (ea?.size && eb?.size) return [...ea].some((x) => eb.has(x));
  return sameStory(a.ctx, a.sent, b.ctx, b.sent);
}

/**
 * Independent origins among a claim's statements: statements of one voice or origin (`sameVoice`),
 * one source in two wordings, or one text rewritten are one origin; two origins count only when some
 * statement of each names an entity the other's sentence names (one event). Returns at least 1.
 */
export function independentOrigins(
  statements: Statement[],
  sameVoice: (a: Statement, b: Statement) => boolean,
): number {
  const list = statements.slice(0, MAX_COMPARED);
  const parent = list.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const st = list.map(stems);
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      const [a, b] = [list[i], list[j]];
      if (sameVoice(a, b) || sameSource(a, b) || oneText(a, b, st[i], st[j])) parent[find(i)] = find(j);
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
  return Math.max(1, linked.size);
}
