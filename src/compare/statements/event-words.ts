// The words of events, as data read once: the lexicons (lexicons/events.json and
// lexicons/places-of-destination.json) turned into look-up tables the statement readers share,
// and the small readings that need only a word list (an act's status, a counted noun's class).
import { findPhrases, indexPhrases, matchKey, type PhraseIndex } from '../context/match.js';
import { readLexicon } from '../../lexicon.js';
import { eventsSchema, placesOfDestinationSchema } from '../../lexicon-schemas.js';

type Forms = { forms: string[] };

export const eventsLexicon = readLexicon('events', eventsSchema);
export const placesLexicon = readLexicon('places-of-destination', placesOfDestinationSchema);

export const keySet = (f: Forms) => new Set(f.forms.map(matchKey));
/** One phrase index over one or more word lists, their forms joined ("aims" and "attempt" read as one). */
export const phraseIndex = (...fs: Forms[]): PhraseIndex<true> =>
  indexPhrases(fs.flatMap((f) => f.forms.map((x): [string, true] => [x, true])));

/** The keys of a lexicon section that are word lists ({ forms }), not notes or nested lists. */
type FormsKey<S> = { [K in keyof S]: S[K] extends Forms ? K : never }[keyof S];

/**
 * Every word list of a lexicon section as a phrase index, by its key: the finders of one section
 * (control, control-whole; incident) read `CONTROL.taken` instead of each building its own table.
 */
export function phraseIndexes<S extends object>(section: S): { [K in FormsKey<S>]: PhraseIndex<true> } {
  const out: Record<string, PhraseIndex<true>> = {};
  for (const [k, v] of Object.entries(section) as [string, unknown][])
    if (v && typeof v === 'object' && Array.isArray((v as Partial<Forms>).forms))
      out[k] = phraseIndex(v as Forms);
  return out as { [K in FormsKey<S>]: PhraseIndex<true> };
}

export const STATUS = indexPhrases(
  eventsLexicon.statuses.flatMap((s) => s.forms.map((f): [string, string] => [f, s.id])),
);
export const TOPIC = indexPhrases(
  eventsLexicon.topics.flatMap((t) => t.forms.map((f): [string, string] => [f, t.id])),
);
export const FUTURE = keySet(eventsLexicon.future);
/** Phrases of a schedule ("من المقرر أن"): a plan told as such, whether or not it held. */
export const SCHEDULE = phraseIndex(eventsLexicon.schedule);
export const NEGATION = keySet(eventsLexicon.negation);
/** time and manner words a status may stand across without losing its topic */
export const STATUS_ADVERBIALS = keySet(eventsLexicon.statusAdverbials);
const ATTACKS = keySet(eventsLexicon.blame.attackActs);
/** word key -> class of what an attack hit (evacuation-route, medical, homes) */
export const TARGET_CLASS = new Map(
  eventsLexicon.blame.targetClasses.classes.flatMap((c) =>
    c.forms.map((f): [string, string] => [matchKey(f), c.id]),
  ),
);
export const AGENT_ONLY = new Set(eventsLexicon.blame.subjectOnly.forms);
/** The control section's word lists (taken, held, whole, pending ...), one table for control.ts and control-whole.ts. */
export const CONTROL_PHRASES = phraseIndexes(eventsLexicon.control);
export const DENIAL_CUES = keySet(eventsLexicon.denial.cues);
export const DENIAL_POINTERS = phraseIndex(eventsLexicon.denial.pointers);
export const DENIAL_PHRASES = phraseIndex(eventsLexicon.denial.phrases);
export const QUOTE_POINTERS = keySet(eventsLexicon.denial.quotePointers);
export const REPORTING = keySet(eventsLexicon.reportingCues);
export const BLAME_STATUSES = new Set(eventsLexicon.blame.statuses);
export const BLAME_GROUP = new Map(eventsLexicon.topics.map((t) => [t.id, t.blameGroup]));
/** topics made of many acts (fighting): a launch and a halt of two of them are no status pair */
export const MANY_ACT_TOPICS = new Set(eventsLexicon.topics.filter((t) => t.manyActs).map((t) => t.id));
/** blame groups of those topics: blame of one camp under such a key is blame for several acts */
export const MANY_ACT_BLAME = new Set(
  eventsLexicon.topics.filter((t) => t.manyActs).map((t) => t.blameGroup),
);
export const COUNTED_CLASS = new Map(
  eventsLexicon.countedClasses.flatMap((c) => c.forms.map((f): [string, string] => [matchKey(f), c.id])),
);
/** event words that say what happened to a counted thing (evacuated, killed, ...) */
export const PREDICATE = indexPhrases(
  eventsLexicon.predicates.list.flatMap((p) => p.forms.map((f): [string, string] => [f, p.id])),
);
/** the predicate a counted class carries by itself ("قتلى" -> killed) */
export const CLASS_PREDICATE = new Map(
  eventsLexicon.countedClasses.filter((c) => c.predicate).map((c) => [c.id, c.predicate!]),
);
export const NUMERIC_CONTRAST = phraseIndex(eventsLexicon.numericContrast);
export const RIVAL_ACCOUNT = phraseIndex(eventsLexicon.rivalAccount);
export const AREA_NOUNS = keySet(eventsLexicon.incidents.areaNouns);
export const DIRECTIONS = keySet(eventsLexicon.incidents.directions);
/** The one word that may stand between a compass word and its place ("جنوبي مدينة الحويجة"). */
export const BEARING_LINKS = keySet(eventsLexicon.incidents.bearingLinks);
/** "أن/إن" after matchKey: the word that opens what a report says ("قال إن ..."). */
export const THAT = 'ان';
/** One event in the singular, several in the plural, "another" and "one of" (part-event.ts). */
export const ONE_EVENT = phraseIndex(eventsLexicon.incidents.oneEvent);
export const MANY_EVENTS = keySet(eventsLexicon.incidents.manyEvents);
export const ANOTHER = keySet(eventsLexicon.incidents.another);
export const ONE_OF = keySet(eventsLexicon.incidents.oneOf);
/** Words that tell a count as a tally of several events ("حصيلة", "منذ"): a whole (part-event.ts). */
export const TALLY_WORDS = keySet(eventsLexicon.incidents.tallyWords);
/** Words opening a toll's sentence as another account ("في رواية مغايرة"): no update (toll-shift.ts). */
export const OTHER_ACCOUNT = phraseIndex(eventsLexicon.incidents.otherAccount);
/** Compass words of an incident's place, each with its bearing ("جنوبي" -> south). */
export const COMPASS = new Map(
  eventsLexicon.incidents.compass.forms.map((f) => {
    const [form, bearing] = f.split(':');
    return [matchKey(form), bearing] as const;
  }),
);
const PLANNED = keySet(eventsLexicon.predicates.planned);

/** True when token i is a plan or expectation marker: a listed word or a verb with the future prefix س. */
export function isPlanned(key: string): boolean {
  return PLANNED.has(key) || (key.length > 3 && key[0] === 'س' && 'يتن'.includes(key[1]));
}
const CONFLICTING = new Set(
  eventsLexicon.statusConflicts.pairs.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]),
);

/** Words a status or topic phrase is sought in from its first word: the lexicon's longest take three. */
export const PHRASE_WINDOW = 4;

/**
 * What an accusation's act is about: a breakdown status word ("عرقلة", "خرق") or an attack word
 * ("قصف") names an event of the deal; anything else ("تفجير", "حصار") is its own act.
 */
export function readAct(words: { key: string }[]): { status?: string; topic?: string } {
  const st = findPhrases(words, STATUS, 0, Math.min(words.length, PHRASE_WINDOW))[0];
  if (st && st.from === 0) return { status: st.value };
  // a single strike ("قصف", "استهداف") is one attack, before "قصف" reads as the fighting at large
  if (words.length && ATTACKS.has(words[0].key)) return { topic: 'attack' };
  const tp = findPhrases(words, TOPIC, 0, Math.min(words.length, PHRASE_WINDOW))[0];
  if (tp && tp.from === 0) return { topic: tp.value };
  return {};
}

/** True when one status rules the other out for the same topic on the same day. */
export function statusesConflict(a: string, b: string): boolean {
  return CONFLICTING.has(`${a}|${b}`);
}

/** Counted class of a counted noun ("أشخاص" -> people), or its match key when unlisted. */
export function countedClass(word: string): string {
  const k = matchKey(word);
  return COUNTED_CLASS.get(k) ?? k;
}
