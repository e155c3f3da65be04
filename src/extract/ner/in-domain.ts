// In-domain training sentences: CoNLL files annotated for sanad (test/gold/ner-train.conll), news
// tokens as written (clitics on the word, punctuation apart) and coarse BIO labels. They join
// NewsFANE in training (build.ts) with the same glue and the same label set.
import { glueClitics, gluedTag } from './newsfane.js';

/** A training sentence (train.ts's InDomainSentence, which runtime-side files may not import). */
export interface InDomainSentence {
  words: string[];
  tags: string[];
}

/** Coarse classes as sanad's CoNLL gold writes them; "PER" is read as PERS. */
const COARSE: Record<string, string> = { PERS: 'PERS', PER: 'PERS', LOC: 'LOC', ORG: 'ORG', MISC: 'MISC' };

/** What `tokenize` (text/segment.ts) takes into a word: the finder's tagger sees only these. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export interface InDomainOptions {
  /**
   * Keep only what the finder's tagger sees at run time (`tokenize` words, no punctuation); a token
   * with punctuation inside ("م.", "-الرياض") gives its words. Otherwise tokens stay as in the file.
   */
  wordsOnly?: boolean;
}

/** The label of a gold tag in the tagger's label set ("B-PER" -> "B-PERS"); throws on others. */
function coarseLabel(tag: string, line: number): string {
  if (tag === 'O') return tag;
  const m = /^([BI])-([A-Z]+)$/.exec(tag);
  const cls = m && COARSE[m[2]];
  if (!cls) throw new Error(`line ${line}: label "${tag}" is not O or B-/I- PERS, LOC, ORG, MISC`);
  return `${m[1]}-${cls}`;
}

/** An I-X that follows no X (its B- was dropped with a punctuation token) starts the name. */
function repairBio(tags: string[]): string[] {
  return tags.map((t, i) =>
    t.startsWith('I-') && (i === 0 || tags[i - 1].slice(2) !== t.slice(2)) ? `B-${t.slice(2)}` : t,
  );
}

/**
 * Sentences of a coarse CoNLL file as training words (clitic tokens glued like NewsFANE's), one per
 * sentence of the file, in its order.
 */
export function inDomainSentences(conll: string, opts: InDomainOptions = {}): InDomainSentence[] {
  const out: InDomainSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  let lines = 0; // lines of the sentence: one left with no words still counts (indexes match the file)
  const flush = () => {
    if (lines) {
      // lone clitic tokens, if any, join their host as NewsFANE's do
      const g = glueClitics(tokens);
      const fixed = repairBio(tags);
      out.push({
        words: g.words,
        tags: repairBio(g.groups.map((grp, k) => gluedTag(fixed, grp, g.hosts[k]))),
      });
    }
    tokens = [];
    tags = [];
    lines = 0;
  };
  conll
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, n) => {
      const [tok = '', tag = 'O'] = raw
        .replace(/\u200E/g, '')
        .trim()
        .split(/\s+/);
      if (!tok) return flush();
      lines++;
      const label = coarseLabel(tag, n + 1);
      const parts = opts.wordsOnly ? (tok.match(WORD) ?? []) : [tok];
      parts.forEach((p, k) => {
        tokens.push(p);
        tags.push(k > 0 && label !== 'O' ? `I-${label.slice(2)}` : label);
      });
    });
  flush();
  return out;
}
