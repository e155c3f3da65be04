// Proclitic chains a cue word may carry, shared by the claim check's word lookups (a duration
// word, a comparison phrase, a dual count, a verb that starts a clause). Grammar, a closed set, so
// it stays in code.

/** Conjunctions and prepositions before a word, alone or chained: "لمدة", "وبالمقارنة", "فبلغ". */
export const PARTICLES = ['', 'و', 'ب', 'ل', 'ف', 'وب', 'ول'];

/**
 * The readings of a word (a search key) without one of `prefixes` that it starts with, in the
 * order of `prefixes` ('' reads the word itself): "ولمدة" -> ["ولمدة", "لمدة", "مدة"] with
 * PARTICLES.
 */
export function withoutProclitic(key: string, prefixes: readonly string[]): string[] {
  return prefixes.filter((p) => key.startsWith(p) && key.length > p.length).map((p) => key.slice(p.length));
}
