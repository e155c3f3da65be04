// The clean stage: normalise Unicode, repair glued words, drop boilerplate. Its `text` is final:
// every later finding is a span into it, so this must be deterministic and idempotent.
import type { Warning } from '../contract.js';
import { normalizeText } from '../text/normalize.js';
import { repairGluedWords, type Repair } from './repair.js';
import { removeBoilerplate, type BoilerplateMeta, type RemovedBlock } from './boilerplate.js';
import type { RawDoc } from '../ingest/types.js';

export interface Cleaned {
  text: string;
  cleaning: {
    /** glued words split; spans in `text` */
    repairs: Repair[];
    /** boilerplate removed; `rawStart` is an offset into the document's raw body */
    removed: RemovedBlock[];
    /** number of Unicode normalisation edits */
    normalized: number;
  };
  /** byline / attributed source ("المصدر: وكالات") / dateline found in the boilerplate */
  meta: BoilerplateMeta;
  warnings: Warning[];
}

const HEAVY_SHARE = 0.5;

/** Repair spans in the text before boilerplate removal -> spans in the text after it. */
function carryRepairs(repairs: Repair[], toInput: number[]): Repair[] {
  const out: Repair[] = [];
  let j = 0;
  for (const r of repairs) {
    while (j < toInput.length - 1 && toInput[j] < r.start) j++;
    const len = r.end - r.start;
    // kept only when the whole fixed form survived, contiguous
    if (toInput[j] === r.start && toInput[j + len - 1] === r.end - 1)
      out.push({ ...r, start: j, end: j + len });
  }
  return out;
}

/**
 * normalize -> repair glued words -> remove boilerplate. Repair runs before boilerplate removal
 * because a split can turn a line into boilerplate ("وكالاتسامي" -> a source and a byline);
 * the other order is not idempotent. Repair spans are then carried through the removal.
 */
export function cleanDocument(doc: Pick<RawDoc, 'id' | 'body'>): Cleaned {
  const norm = normalizeText(doc.body);
  const rep = repairGluedWords(norm.text);
  const bp = removeBoilerplate(rep.text);
  // (bp.toInput is made when read: only for an article with repairs)
  const repairs = rep.repairs.length ? carryRepairs(rep.repairs, bp.toInput) : [];
  // repaired-text offset -> normalised offset -> raw offset
  const toNorm = (x: number) => {
    let shift = 0;
    for (const r of rep.repairs) {
      if (r.start >= x) break;
      shift += Math.min(x, r.end) - r.start - r.glued.length;
    }
    return Math.max(0, x - Math.max(0, shift));
  };
  const removed = bp.removed.map((b) => ({
    ...b,
    rawStart: norm.toRaw[toNorm(b.rawStart)] ?? doc.body.length,
  }));
  const warnings: Warning[] = [];
  const cut = rep.text.length - bp.text.length;
  if (bp.text.length === 0 && norm.text.length > 0) {
    warnings.push({
      article: doc.id,
      code: 'EMPTY_AFTER_CLEANING',
      message: `every line was boilerplate`,
    });
  } else if (norm.text.length > 0 && cut / norm.text.length > HEAVY_SHARE) {
    warnings.push({
      article: doc.id,
      code: 'BOILERPLATE_HEAVY',
      message: `${Math.round((cut / norm.text.length) * 100)}% of the text was removed as boilerplate`,
    });
  }
  return {
    text: bp.text,
    cleaning: { repairs, removed, normalized: norm.changes },
    meta: bp.meta,
    warnings,
  };
}
