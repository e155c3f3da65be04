// One body's act retold: a decree, a verdict, a player's loan, a company's revenues are witnessed
// only by the body that does them (lexicons/body-acts.json). Papers that tell such an act's figure
// with no source of their own retell the body's announcement, in their own words or its: one
// origin however many outlets carry it. Plain data in (a claim's counted origins), a yes or no out.
import { sentenceTokens } from '../context/context.js';
import { findPhrases, indexPhrases } from '../context/match.js';
import { readLexicon } from '../../lexicon.js';
import { bodyActsSchema } from '../../lexicon-schemas.js';
import type { OriginGroup, OriginItem } from './independence.js';

const ACTS = indexPhrases(
  readLexicon('body-acts', bodyActsSchema).acts.flatMap((a) =>
    a.forms.map((f) => [f, a.id] as [string, string]),
  ),
);

/**
 * Words before a statement's figure within which the act's word makes the figure the act's ("قرارا
 * جمهوريا بتعيين ثلاثة مستشارين", "إجراءات التوقيع مع لاعب ... المهاجم فلان لمدة موسم واحد"); an act
 * named farther off is another thing of the sentence (a coach's age beside his predecessor's ended
 * contract).
 */
const ACT_REACH = 15;
/** Words after the statement's span the act's word may follow it ("لمدة موسم واحد بنظام الإعارة"). */
const ACT_AFTER = 3;

/**
 * Speakers that are a source of a paper's own: a person named or described, or unnamed sources. A
 * body's own statement or a published text quoted (kinds organization, document, media) is the body's
 * announcement itself.
 */
const OWN_SOURCE: ReadonlySet<string> = new Set(['named', 'official', 'anonymous']);

/** The body act the statement's figure is told as, if any: an act's word just before it (or just after). */
export function actOf(s: OriginItem): string | undefined {
  const toks = sentenceTokens(s.ctx, s.sent);
  const first = toks.findIndex((t) => t.end > s.span.start);
  if (first < 0) return undefined;
  let last = first;
  while (last + 1 < toks.length && toks[last + 1].start < s.span.end) last++;
  const from = Math.max(0, first - ACT_REACH);
  const to = Math.min(toks.length, last + 1 + ACT_AFTER);
  return findPhrases(toks, ACTS, from, to)[0]?.value;
}

/**
 * The statement's sentence quotes a person or unnamed sources ("كشفت المصادر أن ..."): the paper
 * names a source of its own there, whether or not the figure falls inside the quotation.
 */
function ownSource(s: OriginItem): boolean {
  const { start, end } = s.ctx.sentences[s.sent];
  return s.ctx.quotes.some((q) => q.start < end && start < q.end && OWN_SOURCE.has(q.speaker.kind));
}

/**
 * Every counted origin tells the figure as one of the body's acts, and none quotes a source of its
 * own: the papers retell one body's announcement. On the judged days: a decree of three advisers, a
 * court's four acquitted, a loan of one season in five papers, a film's takings and a bank's capital
 * (all judged one origin); an official quoted on the same decree was judged a second origin, and is
 * kept by the quotation.
 */
export function bodyActRetold<T extends OriginItem>(counted: OriginGroup<T>[]): boolean {
  if (counted.length < 2) return false;
  if (counted.some((g) => g.members.some(ownSource))) return false;
  return counted.every((g) => g.members.some((s) => actOf(s) !== undefined));
}
