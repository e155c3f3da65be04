// An outcome reversed: the claim says A beat B, a sentence that names both says B beat A ("فاز
// تشيلسي على أرسنال" against "أرسنال يهزم تشيلسي" or "بعد تغلبه على نظيره تشيلسي"). The win and loss
// words come from lexicons/check-cues.json (`outcomes`); each side of an outcome is the heaviest
// content word of a few words in its place (the winner before or after the win word, the loser
// after "على", after a verb of beating, or after a loss word).
import { readLexicon } from '../lexicon.js';
import { checkCuesSchema } from '../lexicon-schemas.js';
import { matchKey } from '../compare/context/match.js';
import { stemWeight, type TermToken } from './terms.js';

type OutcomeKind = 'over' | 'beat' | 'lose';

interface Lexicon {
  kinds: Map<string, OutcomeKind>;
  draw: Set<string>;
  against: Set<string>;
  facing: Set<string>;
}
let lexicon: Lexicon | null = null;

function load(): Lexicon {
  if (lexicon) return lexicon;
  const o = readLexicon('check-cues', checkCuesSchema).outcomes;
  const kinds = new Map<string, OutcomeKind>();
  // a form is kept as written too: its key may lose a first letter read as a clitic ("فوزه" -> "وزه")
  for (const kind of ['over', 'beat', 'lose'] as const)
    for (const f of o[kind]) for (const k of [matchKey(f), f]) kinds.set(k, kind);
  lexicon = {
    kinds,
    draw: new Set(o.draw.flatMap((f) => [matchKey(f), f])),
    against: new Set(o.against.map(matchKey)),
    facing: new Set(o.facing.map(matchKey)),
  };
  return lexicon;
}

/** Words a side of an outcome may span (a team of two words and a title: "مضيفه مانشستر يونايتد"). */
const SIDE_WORDS = 3;
/** Words between a win word and its "على" or a loss word and its "أمام" ("تغلب أرسنال بطل الكأس بهدف على"). */
const REACH = 12;
/**
 * Words from a draw word to the side after it: a report puts the match between the two ("تعادل أ
 * عصر اليوم في أولى مبارياته الودية في معسكره بمدينة ... مع ب بنتيجة 1-1").
 */
const DRAW_REACH = 20;

/** Token indices of the side: up to SIDE_WORDS content words from `from` on (step 1) or back (-1). */
function side(tokens: readonly TermToken[], from: number, step: 1 | -1, stop = tokens.length): number[] {
  const out: number[] = [];
  for (let i = from; i >= 0 && i < stop && out.length < SIDE_WORDS; i += step)
    if (tokens[i].term && !/^\d/.test(tokens[i].term) && !tokens[i].term.startsWith('@')) out.push(i);
  return out;
}

export interface Outcome {
  /** token indices of the winner's and the loser's words */
  winner: number[];
  loser: number[];
  /** token range [from, to) of the outcome's words */
  from: number;
  to: number;
}

/** The first index of a marker word in (i, i + REACH]. */
function marker(tokens: readonly TermToken[], i: number, words: Set<string>): number {
  for (let j = i + 1; j < tokens.length && j <= i + REACH; j++)
    if (words.has(matchKey(tokens[j].text))) return j;
  return -1;
}

/** Every outcome stated among the tokens: who won and who lost. */
export function outcomesIn(tokens: readonly TermToken[]): Outcome[] {
  const { kinds, against, facing } = load();
  const out: Outcome[] = [];
  tokens.forEach((t, i) => {
    const kind = kinds.get(matchKey(t.text));
    if (!kind) return;
    if (kind === 'over') {
      const on = marker(tokens, i, against);
      if (on < 0) return;
      const between = side(tokens, i + 1, 1, on);
      out.push({
        winner: between.length ? between : side(tokens, i - 1, -1),
        loser: side(tokens, on + 1, 1),
        from: i,
        to: on + 1,
      });
    } else if (kind === 'beat') {
      out.push({ winner: side(tokens, i - 1, -1), loser: side(tokens, i + 1, 1), from: i, to: i + 1 });
    } else {
      const at = marker(tokens, i, facing);
      if (at < 0) return;
      out.push({ winner: side(tokens, at + 1, 1), loser: side(tokens, i + 1, 1, at), from: i, to: at + 1 });
    }
  });
  return out.filter((o) => o.winner.length && o.loser.length);
}

/**
 * The heaviest content word of a side, among its words inside a name when it has any: the team's or
 * the person's name rather than a title ("مضيفه مانشستر يونايتد").
 */
function key(tokens: readonly TermToken[], idx: number[], named: (i: number) => boolean): string {
  let best = { term: '', weight: -1 };
  const inName = idx.filter(named);
  for (const i of inName.length ? inName : idx) {
    const w = stemWeight(tokens[i].stem);
    if (w > best.weight) best = { term: tokens[i].term, weight: w };
  }
  return best.term;
}

/**
 * The claim's outcome reversed in a sentence: the sentence has the claim's winner in a loser's place
 * and names the claim's loser outside it. `same(claimTerm, sentenceTerm)` says two words match;
 * `named(i)`: the claim's token i is inside a name.
 */
export function outcomeReversed(
  claim: readonly TermToken[],
  sentence: readonly TermToken[],
  same: (claimTerm: string, sentenceTerm: string) => boolean,
  named: (claimToken: number) => boolean = () => false,
): Outcome | undefined {
  const said = outcomesIn(claim)[0];
  if (!said) return undefined;
  const winner = key(claim, said.winner, named);
  const loser = key(claim, said.loser, named);
  if (!winner || !loser || same(winner, loser)) return undefined;
  const stated = outcomesIn(sentence);
  for (const o of stated) {
    const lostHere = o.loser.some((i) => same(winner, sentence[i].term));
    const otherNamed = sentence.some((t, i) => !o.loser.includes(i) && same(loser, t.term));
    if (lostHere && otherNamed) return o;
  }
  // a draw between the two sides where the claim has a win ("تعادل أ مع ب" / "فاز أ على ب"), unless the
  // sentence also states the win (a win on penalties after a draw)
  const { draw } = load();
  const won = stated.some((o) => o.winner.some((i) => same(winner, sentence[i].term)));
  if (won) return undefined;
  for (let d = 0; d < sentence.length; d++) {
    if (!draw.has(matchKey(sentence[d].text))) continue;
    const near = (term: string) =>
      sentence.some(
        (t, i) => i !== d && (i > d ? i - d <= DRAW_REACH : d - i <= REACH) && same(term, t.term),
      );
    if (near(winner) && near(loser)) return { winner: [], loser: [], from: d, to: d + 1 };
  }
  return undefined;
}
