// Cues that change what a sentence says about a claim (lexicons/check-cues.json): a denial or a
// correction contradicts, a plan or a hedge only discusses; contrast poles (rise / fall, extended /
// lifted) on the two sides contradict. Phrases are matched on match keys.
import { readLexicon } from '../lexicon.js';
import { checkCuesSchema } from '../lexicon-schemas.js';
import { lightStem } from '../text/arabic.js';
import { ANTONYM_STEMS } from '../stance/lexicon.js';
import { findPhrases, indexPhrases, matchKey, type PhraseIndex } from '../compare/context/match.js';

/**
 * `idiom`: a phrase that starts with a negation particle and negates nothing ("لا يزال", still);
 * `condition`: a word or phrase that makes the negation right after it a hypothesis ("في حال عدم",
 * "إذا لم").
 */
export const CUE_KINDS = ['negate', 'idiom', 'condition', 'deny', 'correct', 'future', 'hedge'] as const;
export type CueKind = (typeof CUE_KINDS)[number];

interface Indexes {
  cues: PhraseIndex<CueKind>;
  poles: PhraseIndex<string>;
  antonymGroups: Set<string>;
  /** light stems of antonym-group words that say how much, not which way ("قياسي", record) */
  neutral: Set<string>;
  /** what happens to a counted noun (countEvents): the class of each form */
  countEvents: PhraseIndex<string>;
}
let indexes: Indexes | null = null;

function load(): Indexes {
  if (indexes) return indexes;
  const lex = readLexicon('check-cues', checkCuesSchema);
  const pole = (g: { name: string; a: string[]; b: string[] }) => [
    ...g.a.map((f): [string, string] => [f, `${g.name}:a`]),
    ...g.b.map((f): [string, string] => [f, `${g.name}:b`]),
  ];
  indexes = {
    cues: indexPhrases(lex.entries.flatMap((e) => e.forms.map((f): [string, CueKind] => [f, e.kind]))),
    poles: indexPhrases(lex.contrasts.groups.flatMap(pole)),
    antonymGroups: new Set(lex.contrasts.antonymGroups),
    neutral: new Set(lex.contrasts.neutral.forms.map(lightStem)),
    countEvents: indexPhrases(
      lex.countEvents.classes.flatMap((c) => c.forms.map((f): [string, string] => [f, c.id])),
    ),
  };
  return indexes;
}

const keyed = (words: readonly { text: string }[]) => words.map((w) => ({ key: matchKey(w.text) }));

/** The cues among words (each word given by its text), each with the word range [from, to) it spans. */
export function cueHits(words: readonly { text: string }[]): { from: number; to: number; value: CueKind }[] {
  return findPhrases(keyed(words), load().cues);
}

/** What happens to a counted noun among words (tried, sentenced ...), each with its word range [from, to). */
export function countEventHits(
  words: readonly { text: string }[],
): { from: number; to: number; value: string }[] {
  return findPhrases(keyed(words), load().countEvents);
}

/** The cue kinds found among words (each word given by its text), with how often each occurs. */
export function findCues(words: readonly { text: string }[]): Map<CueKind, number> {
  const out = new Map<CueKind, number>();
  for (const hit of cueHits(words)) out.set(hit.value, (out.get(hit.value) ?? 0) + 1);
  return out;
}

/** Shortest word that may carry an accusative alif to drop (انخفاضا -> انخفاض; not لا, ما, هذا). */
const MIN_TANWEEN_WORD = 5;

/** Antonym poles of one word, also read without the accusative alif ("سجل انخفاضا", recorded a fall). */
function wordPoles(text: string): string[] {
  const forms = [lightStem(text)];
  if (text.length >= MIN_TANWEEN_WORD && text.endsWith('ا')) forms.push(lightStem(text.slice(0, -1)));
  if (forms.some((f) => load().neutral.has(f))) return [];
  return [...new Set(forms.flatMap((f) => ANTONYM_STEMS.get(f) ?? []))];
}

/** Contrast poles among words ("rise:b", "extend:a"): the chosen antonym groups and the check's own. */
export function findPoles(words: readonly { text: string }[]): Set<string> {
  const { poles, antonymGroups } = load();
  const out = new Set<string>();
  for (const w of words)
    for (const p of wordPoles(w.text)) if (antonymGroups.has(p.split(':')[0])) out.add(p);
  for (const hit of findPhrases(keyed(words), poles)) out.add(hit.value);
  return out;
}

/** Contrast poles with the word range [from, to) that carries each (for aligning two sides). */
export function polesAt(words: readonly { text: string }[]): { from: number; to: number; pole: string }[] {
  const { poles, antonymGroups } = load();
  const out: { from: number; to: number; pole: string }[] = [];
  words.forEach((w, i) => {
    for (const p of wordPoles(w.text))
      if (antonymGroups.has(p.split(':')[0])) out.push({ from: i, to: i + 1, pole: p });
  });
  for (const hit of findPhrases(keyed(words), poles))
    out.push({ from: hit.from, to: hit.to, pole: hit.value });
  return out;
}

/** "group:a" <-> "group:b". */
export function oppositePole(p: string): string {
  return p.endsWith(':a') ? `${p.slice(0, -2)}:b` : `${p.slice(0, -2)}:a`;
}
