// What a rule finds for an act: the doer (accused), and where reading goes on.
import type { Range2 } from './actors.js';
import { CLAUSE_PUNCT, type Tok } from './words.js';

export interface Found {
  accused: Range2;
  accuser?: Range2;
  blame: boolean;
  skipTo?: number;
  /** the act is a verbal noun whose doer is a pronoun suffix; accused taken from `pronounToks` */
  pronounToks?: Tok[];
  /** the act's token when it is not the one the rule started from (قذائف أطلقها -> أطلقها) */
  act?: number;
  /** the doer was carried from elsewhere: the accusation's span is the act alone */
  far?: boolean;
  /** the doer is a ل-phrase (بقصف للمعارضة): its span drops the clitic ل, as quote channels do */
  lam?: boolean;
}

export const found = (accused: Range2, extra: Partial<Found> = {}): Found => ({
  accused,
  blame: false,
  ...extra,
});
/** A token that does not open a new clause (no clause punctuation before it). */
export const clean = (t: Tok | undefined): t is Tok => t !== undefined && !CLAUSE_PUNCT.test(t.gap);
