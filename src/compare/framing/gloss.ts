// English for the framing table: each concept's English name and each term's gloss, from
// lexicons/framing.json, so a reader without Arabic sees what word each outlet chose.
import type { Framing } from '../../contract.js';
import { framingLexicon } from './framing.js';

interface Glossed {
  en?: string;
  variants: Map<string, string>;
}

let cached: Map<string, Glossed> | undefined;

/** concept id as the contract writes it (`syria/armed-opposition`) -> English names */
function glossTable(): Map<string, Glossed> {
  if (cached) return cached;
  cached = new Map();
  const lexicon = framingLexicon as unknown as {
    conflicts: {
      id: string;
      concepts: { id: string; en?: string; variants: { term: string; gloss?: string }[] }[];
    }[];
  };
  for (const c of lexicon.conflicts)
    for (const concept of c.concepts)
      cached.set(`${c.id}/${concept.id}`, {
        en: concept.en,
        variants: new Map(concept.variants.filter((v) => v.gloss).map((v) => [v.term, v.gloss!])),
      });
  return cached;
}

/** The framing table with `en` on concepts and `gloss` on terms where the lexicon gives them. */
export function glossFraming(framing: Framing): Framing {
  const table = glossTable();
  return {
    ...framing,
    concepts: framing.concepts.map((c) => {
      const g = table.get(c.concept);
      return {
        ...c,
        ...(g?.en ? { en: g.en } : {}),
        variants: c.variants.map((v) => {
          const gloss = g?.variants.get(v.term);
          return gloss ? { ...v, gloss } : v;
        }),
      };
    }),
  };
}
