// One entity per referent across the articles of a story. Joins: the same normalised name (hamza,
// ta marbuta and ى folded by searchKey), lexicon aliases (keys are canonical already), a surname to
// the one full name that ends with it, a short organisation name to the one long form that keeps its
// first and last words ("الجيش الحر" ~ "الجيش السوري الحر"). Two different lexicon names are never
// joined, and a short form that fits two long forms joins neither.
import type { Entity } from '../contract.js';
import { phraseKey } from '../text/arabic.js';
import type { EntityMention, EntityType } from '../extract/entities/entities.js';
import { lexicons, nisbaKey } from '../extract/ner/lexicon.js';
import { bracketedPairs } from './apposition.js';
import { isOrgHead, orgCore } from './name-forms.js';

const family = (t: EntityType): string => (t === 'PER' ? 'PER' : t === 'LOC' ? 'LOC' : 'ORG');
/** An entity's type on a tie of mention counts: the narrower one (an outlet is also an organisation). */
const TYPE_RANK: Record<EntityType, number> = { MEDIA: 5, GROUP: 4, ORG: 3, PER: 2, LOC: 1 };

let canonCache: Set<string> | undefined;
/** Keys that are a lexicon entry's own name. */
function canonicalKeys(): Set<string> {
  if (canonCache) return canonCache;
  canonCache = new Set();
  for (const list of lexicons().phrases.values()) for (const p of list) canonCache.add(p.canon);
  return canonCache;
}

/** Name words without a leading title (الرئيس، وزير الخارجية الروسي). */
function stripTitle(words: string[]): string[] {
  const lex = lexicons();
  const list = lex.titles.get(words[0]);
  const t = list?.find((ph) => ph.length < words.length && ph.every((w, k) => words[k] === w));
  if (!t) return words;
  let e = t.length;
  while (e < words.length - 1 && lex.nisbas.has(nisbaKey(words[e]))) e++;
  return words.slice(e);
}

function isSubsequence(short: string[], long: string[]): boolean {
  let k = 0;
  for (const w of long) if (k < short.length && w === short[k]) k++;
  return k === short.length;
}

/** Whether `b` is `a` followed only by nisba adjectives. */
function branchOf(a: string[], b: string[]): boolean {
  const lex = lexicons();
  return (
    a.length < b.length &&
    a.every((w, k) => w === b[k]) &&
    b.slice(a.length).every((w) => lex.nisbas.has(nisbaKey(w)))
  );
}

/** Whether `a` (fewer words) names the same referent as `b` in a story where both occur. */
function shortFormOf(a: string[], b: string[], fam: string): boolean {
  if (a.length >= b.length) return false;
  if (fam === 'PER') return endsPersonName(a, b) || givenAndSurnameOf(a, b);
  if (fam !== 'ORG') return false;
  // "سبوتنيك" ~ "وكالة سبوتنيك", "الأهلي الكويتي" ~ "البنك الأهلي الكويتي": a head noun + the short form
  if (isOrgHead(b[0]) && a.every((w, k) => w === b[k + 1]) && a.length === b.length - 1) return true;
  if (branchOf(a, b)) return true;
  return a.length >= 2 && a[0] === b[0] && a[a.length - 1] === b[b.length - 1] && isSubsequence(a, b);
}

/** "بن" (son of) and its forms: the words after it name the father, not the person. */
const SON_OF = new Set(['بن', 'ابن', 'بنت']);

/**
 * A surname (+ more) at the end of a full name: "لافروف" ~ "سيرغي لافروف", "منصور هادي" ~ "عبد ربه
 * منصور هادي"; not the words after "بن": "سلمان" and "عبد الله الحسني" are fathers of "محمد بن
 * سلمان" and "عبد الرحمن بن عبد الله الحسني".
 */
const endsPersonName = (a: string[], b: string[]): boolean =>
  a.every((w, k) => w === b[b.length - a.length + k]) && !SON_OF.has(b[b.length - a.length - 1]);

/**
 * A given name and surname of a fuller name: "خالد بحاح" ~ "خالد محفوظ بحاح". The given name must
 * be the long form's whole first name ("عبد الله ..." is not "عبد الرحمن بن عبد الله ...", his son).
 */
const givenAndSurnameOf = (a: string[], b: string[]): boolean =>
  a.length >= 2 &&
  a[a.length - 1] === b[b.length - 1] &&
  a.slice(0, -1).every((w, k) => w === b[k]) &&
  // "محمد بن مسعد" names the father مسعد: not "محمد بن حسين بن مسعد", whose father is حسين
  !SON_OF.has(a[a.length - 2]);

/** A name as the linker compares it: its family (PER, LOC, ORG), its words and their key. */
interface NameNode {
  fam: string;
  words: string[];
  key: string;
}

/**
 * Entities (ids e1, e2, ... in order of first mention) from the mentions of all articles; with the
 * articles' texts (id -> text), a name and the name in brackets right after it are one referent.
 */
export function linkEntities(mentions: EntityMention[], texts?: ReadonlyMap<string, string>): Entity[] {
  const { nodes, mentionNode } = nameNodes(mentions);
  const pairs = texts
    ? bracketedPairs(mentions, texts, (k) => canonicalKeys().has(k)).map(([a, b]) => [
        mentionNode[a],
        mentionNode[b],
      ])
    : [];
  const find = joinShortForms(nodes, pairs);
  // gather mentions per group, in input order
  const groups = new Map<number, number[]>();
  mentions.forEach((_, i) => {
    const r = find(mentionNode[i]);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  });
  const entities = [...groups.values()].map((idx) =>
    toEntity(
      idx.map((i) => mentions[i]),
      new Set(idx.map((i) => nodes[mentionNode[i]].key)),
    ),
  );
  entities.forEach((e, i) => (e.id = `e${i + 1}`));
  return entities;
}

/** One node per family and name key (a person's title dropped); the node of each mention. */
function nameNodes(mentions: EntityMention[]): { nodes: NameNode[]; mentionNode: number[] } {
  const nodeOf = new Map<string, number>();
  const nodes: NameNode[] = [];
  const mentionNode: number[] = [];
  for (const m of mentions) {
    const fam = family(m.type);
    const words = fam === 'PER' ? stripTitle(m.key.split(' ')) : m.key.split(' ');
    const key = words.join(' ');
    const id = `${fam}\t${key}`;
    let n = nodeOf.get(id);
    if (n === undefined) {
      n = nodes.length;
      nodeOf.set(id, n);
      nodes.push({ fam, words, key });
    }
    mentionNode.push(n);
  }
  return { nodes, mentionNode };
}

/** Short forms join when exactly one longer referent fits, never two lexicon names. Returns the root finder. */
function joinShortForms(nodes: NameNode[], pairs: number[][] = []): (x: number) => number {
  const canon = canonicalKeys();
  const parent = nodes.map((_, i) => i);
  // a loop, not recursion: a long chain of joined mentions would be deeper than the stack
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  joinOrgVariants(nodes, parent, find, canon);
  // two lexicon names are two referents even when the text brackets one after the other
  for (const [a, b] of pairs)
    if (!(canon.has(nodes[a].key) && canon.has(nodes[b].key))) parent[find(a)] = find(b);
  const byLength = nodes.map((_, i) => i).sort((x, y) => nodes[y].words.length - nodes[x].words.length);
  for (const a of byLength) {
    const A = nodes[a];
    const roots = new Set<number>();
    for (const b of byLength) {
      const B = nodes[b];
      if (b === a || B.fam !== A.fam || B.words.length <= A.words.length) continue;
      // two lexicon names stay apart, unless the longer is the shorter + nisbas: a national branch
      // ("الهلال الأحمر" ~ "الهلال الأحمر العربي السوري"), joined only when it is the one in the story
      if (canon.has(A.key) && canon.has(B.key) && !(A.fam === 'ORG' && branchOf(A.words, B.words))) continue;
      if (shortFormOf(A.words, B.words, A.fam)) roots.add(find(b));
    }
    if (roots.size === 1) parent[find(a)] = [...roots][0];
  }
  return find;
}

/**
 * Organisation names with one core (name-forms.ts) join: those that leave out no nisba or the same
 * nisbas, and those without a nisba when the story has only one nisba for that core. Two names with
 * different nisbas ("الهيئة المصرية" / "الهيئة السعودية"), or two lexicon names, stay apart.
 */
function joinOrgVariants(
  nodes: NameNode[],
  parent: number[],
  find: (x: number) => number,
  canon: Set<string>,
): void {
  const byCore = new Map<string, { node: number; nisbas: string }[]>();
  nodes.forEach((n, i) => {
    const c = n.fam === 'ORG' ? orgCore(n.words) : undefined;
    // a one-word core ("الحكومة") is too common to join on; the branch rule handles its nisbas
    if (!c || c.size < 2) return;
    const list = byCore.get(c.core);
    if (list) list.push({ node: i, nisbas: c.nisbas });
    else byCore.set(c.core, [{ node: i, nisbas: c.nisbas }]);
  });
  // the lexicon name a joined group already holds, by root: no group may come to hold two
  const listed = new Map<number, string>();
  nodes.forEach((n, i) => canon.has(n.key) && listed.set(i, n.key));
  for (const list of byCore.values()) {
    if (list.length < 2) continue;
    const kinds = new Set(list.map((x) => x.nisbas).filter(Boolean));
    for (const x of list)
      for (const y of list) {
        if (x.node >= y.node || (x.nisbas !== y.nisbas && (kinds.size > 1 || (x.nisbas && y.nisbas))))
          continue;
        const [rx, ry] = [find(x.node), find(y.node)];
        const [lx, ly] = [listed.get(rx), listed.get(ry)];
        if (rx === ry || (lx && ly && lx !== ly)) continue;
        parent[rx] = ry;
        if (lx) listed.set(ry, lx);
      }
  }
}

/** One group of mentions as an entity: the most frequent type, the fullest clean name, the rest as aliases. */
function toEntity(ms: EntityMention[], keys: Set<string>): Entity {
  const typeCount = new Map<EntityType, number>();
  for (const m of ms) typeCount.set(m.type, (typeCount.get(m.type) ?? 0) + 1);
  const type = [...typeCount].sort((x, y) => y[1] - x[1] || TYPE_RANK[y[0]] - TYPE_RANK[x[0]])[0][0];
  // a clean mention is written as its key reads (no clitic cut, no title, not an alias)
  const clean = ms.map((m) => m.text).filter((t) => keys.has(phraseKey(t)));
  const name =
    clean.sort(
      (x, y) => phraseKey(y).split(' ').length - phraseKey(x).split(' ').length || y.length - x.length,
    )[0] ??
    lexiconName(ms[0].key) ??
    ms[0].text;
  // a span cut after "لل" ("لجزيرة") is shown with its article restored ("الجزيرة")
  const shown = (t: string) =>
    t.startsWith('ل') && !keys.has(phraseKey(t)) && isKnown(`ا${phraseKey(t)}`, keys) ? `ا${t}` : t;
  const aliases = [...new Set(ms.map((m) => shown(m.text)))].filter((t) => t !== name);
  return {
    id: '',
    type,
    name,
    aliases,
    mentions: ms.map((m) => ({ article: m.article, start: m.start, end: m.end, text: m.text })),
  };
}

let phraseCache: Set<string> | undefined;
/** Whether a key is one of the entity's keys or any lexicon name or alias. */
function isKnown(key: string, keys: Set<string>): boolean {
  if (keys.has(key)) return true;
  if (!phraseCache) {
    phraseCache = new Set();
    for (const list of lexicons().phrases.values()) for (const p of list) phraseCache.add(p.keys.join(' '));
  }
  return phraseCache.has(key);
}

function lexiconName(key: string): string | undefined {
  for (const list of lexicons().phrases.values()) for (const p of list) if (p.canon === key) return p.name;
  return undefined;
}
