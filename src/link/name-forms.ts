// Written forms of one organisation name. "الهيئة العامة للرقابة المالية" and "هيئة الرقابة المالية
// المصرية" differ only in the article of the head, a body adjective (العامة), the "لل" of a genitive
// and a nisba that one of them leaves out; their cores are the same. The head noun and every other
// word stay in the core, so "وزارة الصحة" and "هيئة الصحة", or "التحالف العربي" and "التحالف
// الدولي" (الدولي is no nisba of a country), keep different cores.
import { lexicons, nisbaKey } from '../extract/ner/lexicon.js';

/** Whether a word key is an organisation head, with or without its article (بنك، البنك). */
export function isOrgHead(w: string): boolean {
  const heads = lexicons().orgHeads;
  return heads.has(w) || (w.startsWith('ال') && heads.has(w.slice(2)));
}

export interface OrgCore {
  /** the words that name the body, normalised; joined with spaces */
  core: string;
  /** words of the core */
  size: number;
  /** masculine keys of the nisbas left out, sorted and joined ('' when none) */
  nisbas: string;
}

/** The core of an organisation name (word keys), or undefined when it has no head noun first. */
export function orgCore(words: string[]): OrgCore | undefined {
  const lex = lexicons();
  if (!words.length || !isOrgHead(words[0])) return undefined;
  const head = lex.orgHeads.has(words[0]) ? words[0] : words[0].slice(2);
  const core = [head];
  const nisbas: string[] = [];
  for (const w of words.slice(1)) {
    if (lex.bodyAdjectives.has(w)) continue;
    if (lex.nisbas.has(nisbaKey(w))) {
      nisbas.push(nisbaKey(w));
      continue;
    }
    // "للرقابة" is "الرقابة" after the preposition ل
    core.push(w.startsWith('لل') && w.length > 3 ? `ا${w.slice(1)}` : w);
  }
  return { core: core.join(' '), size: core.length, nisbas: nisbas.sort().join(' ') };
}
