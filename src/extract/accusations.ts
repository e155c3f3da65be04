// Who blames whom for what. Verbal acts (خرق المسلحون / المسلحين انتهكوا / إيران التي عطلت), verbs of
// blame (اتهم X Y بـ، حمّل X Y مسؤولية), verbal nouns with their doer (بقصف للمعارضة، خرقهم للاتفاق،
// استهداف مليشيا حزب الله) and passive doers (من قبل مليشيات إيرانية).
//
// Conventions: `accuser` is the speaker of the quotation whose content (or cue) holds the act, with
// the same span as that quote's speaker, or the subject of a blame verb, or null for the article's
// own voice. `quote` is "#i", the index of that quote in the array passed in; the pipeline maps it
// to the quote's id. `id` is "" (the pipeline numbers accusations).
import type { Accusation, Quote } from '../contract.js';
import { searchKey } from '../text/arabic.js';
import type { Range } from '../text/segment.js';
import { nounPhraseEnd } from './speakers.js';
import {
  CLAUSE_PUNCT,
  clauseOpeners,
  headInfo,
  isAdjective,
  isComplementiser,
  isNameParticle,
  isStop,
  readLexicon,
  articleTokens,
  type Tok,
} from './accusations-words.js';

interface Verb {
  past: string;
  present: string;
  participle?: string;
  nouns?: string[];
  needs?: string;
  agentOnly?: boolean;
}
const lex = readLexicon<{
  blame: Verb[];
  acts: Verb[];
  agentMarkers: { words: string[] };
  lightVerbs: { words: string[] };
  relatives: { words: string[] };
}>('accusation-verbs');

interface Act {
  blame: boolean;
  needs?: string;
  agentOnly: boolean;
}
const verbForms = new Map<string, Act>();
const nounForms = new Map<string, Act>();
for (const [list, blame] of [
  [lex.blame, true],
  [lex.acts, false],
] as const) {
  for (const v of list) {
    const act: Act = {
      blame,
      needs: v.needs ? searchKey(v.needs) : undefined,
      agentOnly: Boolean(v.agentOnly),
    };
    const forms = v.agentOnly ? [] : [v.past, v.past + 'ت', v.past + 'وا', v.past + 'ا'];
    if (v.present && !v.agentOnly) forms.push('ي' + v.present, 'ت' + v.present, 'ي' + v.present + 'ون');
    if (v.participle) forms.push(v.participle + 'ا', v.participle + 'ة', v.participle + 'ين');
    for (const f of forms) if (!verbForms.has(searchKey(f))) verbForms.set(searchKey(f), act);
    for (const n of v.nouns ?? []) nounForms.set(searchKey(n), act);
  }
}
const lightVerbs = new Set(lex.lightVerbs.words.map(searchKey));
const relatives = new Set(lex.relatives.words.map(searchKey));
const PRONOUNS = ['هم', 'ها', 'ه', 'هن'];

/** Accusations in one article; `quotes` are that article's quotes from findQuotes. */
export function findAccusations(
  text: string,
  article: string,
  sentences: Range[],
  quotes: Quote[],
): Accusation[] {
  const out: Accusation[] = [];
  let prevToks: Tok[] = [];
  for (const toks of articleTokens(text, sentences)) {
    for (let i = 0; i < toks.length; i++) {
      const r = actAt(toks, i, prevToks);
      if (!r) continue;
      out.push(build(text, article, toks, i, r, quotes));
      if (r.skipTo) i = r.skipTo - 1;
    }
    prevToks = toks;
  }
  return out;
}

interface Found {
  accused: [number, number];
  accuser?: [number, number];
  blame: boolean;
  skipTo?: number;
  /** the act is a verbal noun whose doer is a pronoun suffix; accused taken from `pronounToks` */
  pronounToks?: Tok[];
}

function actAt(toks: Tok[], i: number, prev: Tok[]): Found | null {
  const t = toks[i];
  const v = verbForms.get(t.key) ?? verbForms.get(t.bare);
  if (v && !hasPrefix(t)) {
    if (v.needs && !followsWithin(toks, i, v.needs, 8)) return null;
    return v.blame ? blameAt(toks, i) : doerOfVerb(toks, i);
  }
  const n = nounOf(t);
  if (!n) return null;
  if (n.needs && !followsWithin(toks, i, n.needs, 2)) return null;
  // passive doer: "تم تعطيله أمس من قبل مليشيات إيرانية"
  const ag = agentAfter(toks, i + 1, 6);
  if (ag) return { accused: ag, blame: false };
  if (n.agentOnly) return null;
  // "قاموا بخرق الاتفاق": the doer is the subject of قام
  if (i > 0 && lightVerbs.has(toks[i - 1].bare) && t.bare[0] === 'ب') return doerOfVerb(toks, i - 1);
  const seg = nounPronoun(t);
  if (seg) {
    const a = lastActor(toks, i, prev, seg === 'ه');
    return a ? { ...a, blame: false } : null;
  }
  const x = toks[i + 1];
  if (!x || CLAUSE_PUNCT.test(x.gap)) return null;
  // "بقصف للمعارضة": a ل-phrase after the noun names the doer
  if (x.key[0] === 'ل' && x.key.length > 3 && isActor(x))
    return { accused: [i + 1, actorEnd(toks, i + 1)], blame: false };
  // "استهداف مليشيا حزب الله": an actor in the genitive is the doer
  if (isActor(x) && !isTarget(x)) return { accused: [i + 1, actorEnd(toks, i + 1)], blame: false };
  return null;
}

/** A verb form carries no article or ب/ل preposition (بقصف، القصف are nouns). */
function hasPrefix(t: Tok): boolean {
  return t.al || (/^[بل]/.test(t.bare) && !verbForms.has(t.bare));
}

function nounOf(t: Tok): Act | undefined {
  let k = t.bare;
  if (/^[بل]/.test(k) && k.length > 3) k = k.slice(1);
  if (k.startsWith('ال')) k = k.slice(2);
  const hit = nounForms.get(k);
  if (hit) return hit;
  for (const p of PRONOUNS)
    if (k.endsWith(p) && nounForms.has(k.slice(0, -p.length))) return nounForms.get(k.slice(0, -p.length));
  return undefined;
}

function nounPronoun(t: Tok): string | null {
  let k = t.bare;
  if (/^[بل]/.test(k) && k.length > 3) k = k.slice(1);
  if (nounForms.has(k)) return null;
  for (const p of PRONOUNS) if (k.endsWith(p) && nounForms.has(k.slice(0, -p.length))) return p;
  return null;
}

function followsWithin(toks: Tok[], i: number, word: string, n: number): boolean {
  for (let k = i + 1; k < toks.length && k <= i + n; k++)
    if (toks[k].bare === word || toks[k].key === word) return true;
  return false;
}

/** A noun that can do a hostile act: an organisation, armed group, state, anonymous group or a named person. */
function isActor(t: Tok): boolean {
  const h = headInfo(t);
  return h !== undefined && h.kind !== 'document' && h.kind !== 'media';
}
const TARGETS = new Set(['مدنيين', 'مدنيون', 'اهالي', 'سكان', 'مناطق', 'احياء']);
function isTarget(t: Tok): boolean {
  return TARGETS.has(t.base);
}

/** End of an actor phrase: head, genitive and adjectives, coordinated actors (النظام والمليشيات الإيرانية). */
function actorEnd(toks: Tok[], i: number): number {
  let j = i + 1;
  while (j < toks.length && j < i + 7) {
    const t = toks[j];
    if (CLAUSE_PUNCT.test(t.gap) || isComplementiser(t) || isStop(t)) break;
    const prev = toks[j - 1];
    if (t.al === prev.al && isAdjective(t)) j++;
    else if (
      !prev.al &&
      !isAdjective(prev) &&
      !headInfo(prev)?.proper &&
      (t.al || isActor(t)) &&
      !verbForms.has(t.bare)
    )
      j++;
    else if (t.key[0] === 'و' && isActor(t)) j++;
    else if (/^(موال|موالي|تابع)/.test(t.bare) && toks[j + 1]?.key[0] === 'ل') j += 2;
    else break;
  }
  return j;
}

function agentAfter(toks: Tok[], from: number, within: number): [number, number] | null {
  for (let k = from; k < toks.length - 2 && k < from + within; k++) {
    if (CLAUSE_PUNCT.test(toks[k].gap) && k > from) return null;
    const two = toks[k].key + ' ' + toks[k + 1].key;
    if (two === 'من قبل' || two === 'علي يد' || two === 'علي ايدي') {
      const a = k + 2;
      return [a, actorEnd(toks, a)];
    }
  }
  return null;
}

/** Doer of a verbal act at `i`: subject after it (VS), before it (SV), or before a relative pronoun. */
function doerOfVerb(toks: Tok[], i: number): Found | null {
  const n = toks[i + 1];
  if (n && !CLAUSE_PUNCT.test(n.gap) && isActor(n) && !isTarget(n))
    return { accused: [i + 1, actorEnd(toks, i + 1)], blame: false };
  const p = toks[i - 1];
  if (p && relatives.has(p.key)) {
    const a = actorBefore(toks, i - 1);
    return a ? { accused: a, blame: false } : null;
  }
  // a bare form that is also the verbal noun (ومنع العنف) needs an explicit doer
  const a = actorBefore(toks, i, true) ?? (nounForms.has(toks[i].bare) ? null : clauseSubject(toks, i));
  return a ? { accused: a, blame: false } : null;
}

/** The subject of the clause an act sits in: the first actor right after the last أن / the sentence start. */
function clauseSubject(toks: Tok[], i: number): [number, number] | null {
  let a = 0;
  for (let k = i - 1; k > 0; k--) {
    if (isComplementiser(toks[k])) {
      a = k + 1;
      break;
    }
  }
  for (let k = a; k < i && k < a + 3; k++)
    if (isActor(toks[k]) && !isTarget(toks[k])) return [k, actorEnd(toks, k)];
  return null;
}

/** The actor phrase that ends right before `end`, within its clause (after openers and أن). */
function actorBefore(toks: Tok[], end: number, initial = false): [number, number] | null {
  let a = end;
  while (a > 0 && !CLAUSE_PUNCT.test(toks[a].gap) && !isComplementiser(toks[a - 1]) && end - a < 8) a--;
  while (
    a < end &&
    (clauseOpeners.has(toks[a].key) || clauseOpeners.has(toks[a].bare) || isComplementiser(toks[a]))
  )
    a++;
  // the last actor head in the clause, with what follows it up to `end`
  for (let k = a; k < end; k++) {
    if (!isActor(toks[k])) {
      if (initial) return null; // SV: the subject opens its clause
      continue;
    }
    const e = actorEnd(toks, k);
    // directly before the verb, or with a place between (المسلحين في حلب انتهكوا)
    if (e === end || (e === end - 2 && toks[e].key === 'في')) return [k, e];
    if (initial) return null;
    k = e - 1;
  }
  return null;
}

/** The nearest earlier actor for a pronoun suffix (خرقهم -> المسلحين); plural for هم. */
function lastActor(toks: Tok[], i: number, prev: Tok[], singular: boolean): Found | null {
  for (let k = i - 1; k >= 0; k--) {
    const t = toks[k];
    if (isActor(t) && (singular || /(ون|ين|ات)$/.test(t.base) || headInfo(t)?.kind === 'organization'))
      return { accused: [k, k + 1], blame: false };
  }
  for (let k = prev.length - 1; k >= 0; k--) {
    if (isActor(prev[k]) && /(ون|ين|ات)$/.test(prev[k].base))
      return { accused: [k, k + 1], blame: false, pronounToks: prev };
  }
  return null;
}

/** اتهم X Y بـ / حمّل X Y مسؤولية / متهما Y بـ: accuser X (or the quote's speaker), accused Y. */
function blameAt(toks: Tok[], i: number): Found | null {
  const t = toks[i];
  const participle = /^(متهم|محمل)/.test(t.bare);
  let j = i + 1;
  let accuser: [number, number] | undefined;
  if (!participle) {
    const before = actorBefore(toks, i, true);
    const n = toks[j];
    if (!before && n && (isActor(n) || isNameLike(n))) {
      // subject then object: "اتهم الجيش الحر ايران"، "حمّلت المعارضة وتركيا النظام"
      const e = subjectEnd(toks, j);
      accuser = [j, e];
      j = e;
    } else if (before) accuser = before;
  }
  const o = toks[j];
  if (!o || CLAUSE_PUNCT.test(o.gap) || !(isActor(o) || isNameLike(o))) return null;
  const e = Math.max(j + 1, nounPhraseEnd(toks, j, toks.length, { preps: ['ب'], maxLen: 7 }));
  let end = e;
  for (let k = j; k < e; k++)
    if (toks[k].bare === 'مسؤوليه' || toks[k].bare === 'مسئوليه') {
      end = k;
      break;
    }
  return { accused: [j, Math.max(j + 1, end)], accuser, blame: true, skipTo: end };
}

function isNameLike(t: Tok): boolean {
  return !t.al && !isStop(t) && !isAdjective(t) && !isNameParticle(t)
    ? /^\p{L}/u.test(t.raw)
    : isNameParticle(t);
}

/** Subject of a blame verb: a head with its adjectives and و-joined actors; the object starts at the next bare actor. */
function subjectEnd(toks: Tok[], j: number): number {
  let k = j + 1;
  while (k < toks.length && k < j + 5) {
    const t = toks[k];
    if (CLAUSE_PUNCT.test(t.gap)) break;
    if (t.key[0] === 'و' && t.key !== t.bare && (isActor(t) || isNameLike(t))) k++;
    else if (t.al && isAdjective(t) && !isActor(t)) k++;
    else if (t.al && toks[k - 1].al && !isActor(t))
      k++; // a definite modifier: الأمم المتحدة، الجيش الحر
    else break;
  }
  return k;
}

function build(text: string, article: string, toks: Tok[], i: number, r: Found, quotes: Quote[]): Accusation {
  const at = toks[i];
  const src = r.pronounToks ?? toks;
  const accusedStart = src[r.accused[0]].start;
  const accusedEnd = src[r.accused[1] - 1].end;
  const sp = (s: number, e: number) => ({ article, start: s, end: e, text: text.slice(s, e) });
  const actStart = at.key !== at.bare ? at.start + 1 : at.start;
  const act = sp(actStart, at.end);
  let accuser: Accusation['accuser'] = null;
  let quote: string | undefined;
  if (r.accuser) accuser = sp(toks[r.accuser[0]].start, toks[r.accuser[1] - 1].end);
  const qi = quotes.findIndex(
    (q) =>
      (act.start >= q.content.start && act.start < q.content.end) ||
      (q.cue.start <= act.start && act.start < q.cue.end),
  );
  if (qi >= 0) {
    quote = `#${qi}`;
    if (!accuser) {
      const s = quotes[qi].speaker;
      accuser = { article, start: s.start, end: s.end, text: s.text };
    }
  }
  const start = Math.min(act.start, r.pronounToks ? act.start : accusedStart);
  const end = Math.max(act.end, r.pronounToks ? act.end : accusedEnd);
  const out: Accusation = {
    id: '',
    article,
    start,
    end,
    accuser,
    accused: sp(accusedStart, accusedEnd),
    act,
  };
  if (quote) out.quote = quote;
  return out;
}
