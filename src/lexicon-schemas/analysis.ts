// Schemas of the lexicons that compare articles: events and incidents, framing and conflicts, wire
// credits, story cues, the stance model's function words and the claim check's cues.
import { z } from 'zod';
import { word, words, file, entry, formList, wordList, dayPart } from './parts.js';

export const antonymsSchema = file(() => ({
  groups: z.array(entry({ name: word, a: words, b: words })),
}));

export const checkCuesSchema = file(() => ({
  entries: z.array(
    entry({
      kind: z.enum(['negate', 'idiom', 'condition', 'deny', 'correct', 'future', 'hedge']),
      forms: words,
    }),
  ),
  contrasts: entry({
    antonymGroups: words,
    neutral: entry({ forms: words }),
    groups: z.array(entry({ name: word, a: words, b: words })),
  }),
  outcomes: entry({ over: words, beat: words, lose: words, draw: words, against: words, facing: words }),
  /** words of a duration: a time unit in the singular right after one is a count of one (لمدة عام) */
  durations: entry({ forms: words }),
  /**
   * "compared with", "after it had been": a figure at most three words after one, no other figure
   * and no new verb between, is another time's value (check/compared.ts); `withObject`: a word that
   * is also a bare noun ("دراسة مقارنة") compares only with one of its objects after it
   */
  comparisons: entry({
    forms: words,
    withObject: entry({ forms: words, objects: words, objectPrefixes: words }),
  }),
  /** what happens to a counted noun (tried, sentenced, arrested ...): two counts of one noun under two are no rivals */
  countEvents: entry({ classes: z.array(entry({ id: word, forms: words })) }),
}));

const statusId = word;
export const eventsSchema = file(() => ({
  statuses: z.array(
    entry({
      id: statusId,
      label: word,
      forms: words,
      /** two origins telling this status of one topic do not corroborate it, three do (a phase word of anything) */
      weakConfirmation: z.boolean().optional(),
    }),
  ),
  topics: z.array(
    entry({ id: word, label: word, forms: words, blameGroup: word, manyActs: z.boolean().optional() }),
  ),
  statusConflicts: entry({ pairs: z.array(z.tuple([statusId, statusId])) }),
  statusAdverbials: formList,
  blame: entry({
    statuses: z.array(statusId),
    agentMarkers: formList,
    accuseVerbs: formList,
    participles: formList,
    responsibility: entry({ forms: words, requires: words }),
    subjectOnly: formList,
    attackActs: formList,
    targetClasses: entry({ classes: z.array(entry({ id: word, forms: words })) }),
  }),
  /** word lists, each with its note: the section is only a grouping */
  denial: z.strictObject({
    cues: formList,
    pointers: formList,
    quotePointers: formList,
    phrases: formList,
    objectIntroducers: formList,
    objectFillers: formList,
    lightActions: formList,
    ownClaim: formList,
    reportBefore: formList,
    reportVerbs: formList,
    sameSide: formList,
    debate: formList,
  }),
  reportingCues: formList,
  future: formList,
  schedule: formList,
  negation: formList,
  countedClasses: z.array(
    entry({ id: word, forms: words, predicate: word.optional(), covers: words.optional() }),
  ),
  predicates: entry({
    list: z.array(entry({ id: word, label: word, forms: words })),
    planned: formList,
  }),
  tollCounts: entry({ forms: words, between: words }),
  numericContrast: formList,
  rivalAccount: formList,
  timeOfDay: entry({
    /** a value map: day part -> the hours [from, to] it covers */
    parts: z.record(dayPart, z.tuple([z.number(), z.number()])),
    approx: formList,
    clock: formList,
    otherClause: formList,
  }),
  synonyms: entry({
    sets: z.array(
      entry({ id: word, forms: words, weak: z.boolean().optional(), name: z.boolean().optional() }),
    ),
  }),
  /** who holds a place: taken vs still held (compare/contradictions/control.ts) */
  control: entry({
    taken: formList,
    held: formList,
    repelled: formList,
    failed: formList,
    denied: formList,
    attempt: formList,
    whole: formList,
    pending: formList,
    partial: formList,
    aims: formList,
    goals: formList,
    goalsReached: formList,
    unreached: formList,
    reachBridges: formList,
    liberated: formList,
  }),
  /** how far one place lies from another (compare/contradictions/distance.ts) */
  distances: entry({ units: formList, cues: formList, directions: formList }),
  /** ordinals and what they count (compare/contradictions/ordinal.ts) */
  ordinals: entry({ values: formList, nouns: formList }),
  /** which incident and part of it a count belongs to (compare/statements/incident.ts) */
  incidents: entry({
    initial: formList,
    provisional: formList,
    rise: formList,
    subset: formList,
    estimate: formList,
    several: formList,
    vague: formList,
    exceeds: formList,
    atLeast: formList,
    placePrepositions: formList,
    areaNouns: formList,
    directions: formList,
    compass: formList,
    bearingLinks: formList,
    before: formList,
    oneEvent: formList,
    manyEvents: formList,
    another: formList,
    oneOf: formList,
    otherAccount: formList,
    tallyWords: formList,
    outOf: formList,
    sufferVerbs: formList,
    groupMarkers: formList,
    includes: formList,
    labelNouns: formList,
    durationUnits: entry({ label: word, forms: words }),
    causes: entry({ list: z.array(entry({ id: word, forms: words })) }),
  }),
}));

const side = z.enum(['pro-government', 'pro-opposition', 'neutral']);
const camp = z.enum(['government', 'opposition']);

export const framingSchema = file(() => ({
  conflicts: z.array(
    entry({
      id: word,
      label: word,
      /** a value map: side -> who it stands for in this conflict */
      sides: z.strictObject({ 'pro-government': word, 'pro-opposition': word }),
      /** a value map: camp -> how a reader is told that camp of this conflict, in Arabic */
      campLabels: z.strictObject({ government: word, opposition: word }),
      /** places and actors of the conflict: a story that names them is judged under it */
      markers: formList,
      concepts: z.array(
        entry({
          id: word,
          label: word,
          /** the concept in English */
          en: word.optional(),
          camp: camp.optional(),
          variants: z.array(
            entry({
              term: word,
              side,
              weight: z.number(),
              /** the term in English, shown by the HTML report beside the Arabic */
              gloss: word.optional(),
              connotation: z.string(),
              forms: words,
              camp: camp.optional(),
            }),
          ),
        }),
      ),
    }),
  ),
  stopwords: formList,
}));

export const stanceFunctionWordsSchema = file(() => ({ entries: z.array(entry({ forms: words })) }));

/** Story grouping's cues (src/stories/cues.ts): wire continuations, opinion and round-up markers. */
const storyPhrases = z.array(entry({ text: word }));
export const storiesSchema = file(() => ({
  continuations: storyPhrases,
  opinionBylines: z.array(entry({ text: word, kind: z.enum(['opinion', 'editorial']) })),
  opinionSignatures: storyPhrases,
  opinionPhrases: storyPhrases,
  roundupPhrases: storyPhrases,
  reportingVerbs: storyPhrases,
  incidentKinds: z.array(entry({ id: word, forms: words })),
  tollWords: storyPhrases,
  borderWords: storyPhrases,
}));

/** The story brief: outlets by site, openers a lead cannot start with, the events a timeline keeps. */
export const briefSchema = file(() => ({
  outletSites: z.array(entry({ name: word, sites: words, bylineAmbiguous: z.boolean().optional() })),
  leadOpeners: formList,
  leadBackPointers: formList,
  timelineEvents: z.array(entry({ id: word, label: word, forms: words })),
  paperWords: formList,
}));

export const wireCreditsSchema = file(() => ({
  entries: z.array(entry({ agency: word, forms: words })),
}));

/**
 * Acts only the body that does them can witness (claims/body-acts.ts): a decree, a verdict, a loan,
 * revenues. `governing`: forms read only right before the figure; `within`: words one of which the
 * act's clause must hold. The paper's own reporter: named in the article, or a quoted media speaker.
 */
export const bodyActsSchema = file(() => ({
  acts: z.array(entry({ id: word, forms: words, governing: words.optional(), within: words.optional() })),
  correspondents: formList,
  reporters: wordList,
}));

/** Words of a speaker's name that tell no source apart (claims/sources.ts): roles, ranks, generic place words. */
export const sourceWordsSchema = file(() => ({
  roles: wordList,
  ranks: wordList,
  places: wordList,
  reports: wordList,
  credits: wordList,
}));
