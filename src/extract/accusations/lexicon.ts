// The act words of lexicons/accusation-verbs.json, inflected by rule into Map/Set look-ups on search keys.
import { searchKey } from '../../text/arabic.js';
import { readLexicon, type Tok } from './words.js';
import { accusationVerbsSchema, armedGroupsSchema } from '../../lexicon-schemas.js';

const lex = readLexicon('accusation-verbs', accusationVerbsSchema);

export interface Act {
  blame: boolean;
  /** search keys (with and without the article) of which one must follow (مسؤولية، النار، الهجوم) */
  needs?: Set<string>;
  agentOnly: boolean;
  genitiveOnly: boolean;
  /** a genitive after the noun is its object (منع الجماعات من); the doer needs a ل-object after it */
  genitiveIsObject: boolean;
  /** a ل-phrase after the noun is its object (رفض لحكومة X) */
  lamIsObject: boolean;
  /** a passive participle: the doer may follow after a bare من */
  passive?: boolean;
}

function needSet(w: string | string[]): Set<string> {
  const out = new Set<string>();
  for (const x of typeof w === 'string' ? [w] : w) {
    const k = searchKey(x);
    out.add(k);
    if (k.startsWith('ال')) out.add(k.slice(2));
  }
  return out;
}

const verbForms = new Map<string, Act>();
const nounForms = new Map<string, Act>();
// object pronoun suffixes and the inflection endings below are grammar, not vocabulary: they stay in code
const OBJECT = ['ه', 'ها', 'هم'];

for (const [list, blame] of [
  [lex.blame, true],
  [lex.acts, false],
] as const) {
  for (const v of list) {
    const act: Act = {
      blame,
      needs: v.needs ? needSet(v.needs) : undefined,
      agentOnly: Boolean(v.agentOnly),
      genitiveOnly: Boolean(v.genitiveOnly),
      genitiveIsObject: Boolean(v.genitiveIsObject),
      lamIsObject: Boolean(v.lamIsObject),
    };
    const past = v.past.endsWith('ى') ? v.past.slice(0, -1) : v.past;
    const noVerb = v.agentOnly || v.nounOnly;
    const forms = noVerb ? [] : [v.past, past + 'ت', past + 'وا', v.past + 'ا'];
    if (v.present && !noVerb) forms.push('ي' + v.present, 'ت' + v.present, 'ي' + v.present + 'ون');
    if (v.participle) forms.push(v.participle + 'ا', v.participle + 'ة', v.participle + 'ين');
    for (const f of forms) if (!verbForms.has(searchKey(f))) verbForms.set(searchKey(f), act);
    for (const n of v.nouns ?? []) nounForms.set(searchKey(n), act);
    if (v.passive) {
      const p: Act = { ...act, agentOnly: true, passive: true };
      for (const s of ['', 'ة', 'ين', 'ون', 'تين', 'تان', 'ات', 'ان']) {
        const k = searchKey(v.passive + s);
        if (!nounForms.has(k)) nounForms.set(k, p);
      }
    }
  }
}

const keys = (ws: string[]) => new Set(ws.map(searchKey));
const lightVerbs = keys(lex.lightVerbs.forms);
export const relatives = keys(lex.relatives.words);
export const extraActors = keys(lex.actors.words);
// single-word names of armed groups (داعش، الحوثيون، حماس), without the communities
const notActors = keys(lex.notActors.words);
for (const e of readLexicon('armed-groups', armedGroupsSchema).entries)
  for (const n of [e.name, ...e.aliases]) {
    const k = searchKey(n);
    if (/\s/.test(n) || notActors.has(k)) continue;
    extraActors.add(k);
    if (k.startsWith('ال')) extraActors.add(k.slice(2));
  }
export const claims = keys(lex.claims.words);
export const responsibilityNouns = keys(lex.responsibilityNouns.words);
const affiliations = lex.affiliations.words.map(searchKey);
/** "موالية للنظام", "تابعة لـ": an affiliation word (as a word start) that a ل-phrase follows. */
export const isAffiliation = (t: Tok): boolean => affiliations.some((a) => t.bare.startsWith(a));
// the participles of the blame verbs (متهم، محمل): "متهما X بـ" blames with no verb
const blameParticiples = lex.blame.flatMap((v) => (v.participle ? [searchKey(v.participle)] : []));
/** A participle of a blame verb, in any inflection (متهما، محملة). */
export const isBlameParticiple = (t: Tok): boolean => blameParticiples.some((p) => t.bare.startsWith(p));
export const causes = keys(lex.causes.words);
export const causeNouns = keys(lex.causeNouns.words);
export const weapons = keys(lex.weapons.words);
export const origins = keys(lex.origins.words);
export const carryOpeners = keys(lex.carryOpeners.words);
export const copulas = keys(lex.copulas.words);
export const targets = keys(lex.targets.words);
export const agentMarkers = lex.agentMarkers.words.map((w) => w.split(/\s+/).map(searchKey));

// weapon verbs with an object pronoun: أطلقها، أطلقتها، أطلقوها، ألقاها
const weaponVerbForms = new Set<string>();
for (const w of lex.weaponVerbs.words) {
  const k = searchKey(w);
  const stem = k.endsWith('ي') ? k.slice(0, -1) : k;
  const longStem = k.endsWith('ي') ? stem + 'ا' : k;
  for (const o of OBJECT)
    for (const f of [longStem + o, stem + 'ت' + o, stem + 'و' + o]) weaponVerbForms.add(f);
}

/** Stem of a word without و/ف, a ب/ل/ك preposition and the article (بالقصف -> قصف). */
export function stripPrefixes(t: Tok): string {
  let k = t.bare;
  if (/^[بلك]/.test(k) && k.length > 3 && !verbForms.has(k)) k = k.startsWith('لل') ? k.slice(2) : k.slice(1);
  if (k.startsWith('ال') && k.length > 3) k = k.slice(2);
  return k;
}

/** The act verb of a token (و/ف allowed, and a future س before a present form: سيستهدف). */
export function verbOf(t: Tok): Act | undefined {
  const v = verbForms.get(t.key) ?? verbForms.get(t.bare);
  if (v) return v;
  const b = t.bare;
  if (b[0] === 'س' && (b[1] === 'ي' || b[1] === 'ت')) return verbForms.get(b.slice(1));
  return undefined;
}

export function isVerbForm(k: string): boolean {
  return verbForms.has(k);
}

/** An act verb carrying an object pronoun (ترفضه، قصفها، يستهدفهم). */
export function verbWithObject(t: Tok): Act | undefined {
  const b = t.bare;
  for (const o of OBJECT) {
    if (b.length - o.length < 3 || !b.endsWith(o)) continue;
    const k = b.slice(0, -o.length);
    // تبناه -> تبنى، أطلقوه -> أطلقوا
    const v =
      verbForms.get(k) ??
      verbForms.get(k.endsWith('و') ? k + 'ا' : k.endsWith('ا') ? k.slice(0, -1) + 'ي' : k);
    if (v) return v;
  }
  return undefined;
}

export function isWeaponVerb(t: Tok): boolean {
  return weaponVerbForms.has(t.bare);
}

export function isLightVerb(t: Tok): boolean {
  const b = t.bare;
  return lightVerbs.has(b) || (b[0] === 'س' && (b[1] === 'ي' || b[1] === 'ت') && lightVerbs.has(b.slice(1)));
}

export const PRONOUNS = ['هم', 'ها', 'ه', 'هن'];

/** The act of a verbal noun or passive participle (بقصف، القصف، خرقهم، المحاصرتين). */
export function nounOf(t: Tok): Act | undefined {
  const k = stripPrefixes(t);
  const hit = nounForms.get(k);
  if (hit) return hit;
  for (const p of PRONOUNS)
    if (k.endsWith(p) && nounForms.has(k.slice(0, -p.length))) return nounForms.get(k.slice(0, -p.length));
  return undefined;
}

/** The pronoun suffix of a verbal noun (خرقهم -> هم), or null. */
export function nounPronoun(t: Tok): string | null {
  let k = t.bare;
  if (/^[بل]/.test(k) && k.length > 3) k = k.slice(1);
  if (nounForms.has(k)) return null;
  for (const p of PRONOUNS) if (k.endsWith(p) && nounForms.has(k.slice(0, -p.length))) return p;
  return null;
}

const homographs = keys(lex.homographs.words);
/** A bare form that is also a noun (ومنع العنف، عطل فني): it needs an explicit doer. */
export function isNounForm(k: string): boolean {
  return nounForms.has(k) || homographs.has(k);
}
