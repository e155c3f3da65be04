// Whether a claim's independent origins corroborate it: two origins or more, from two outlets at
// least, and no doubt that they state one fact. The doubts come from the judged development days
// (test/gold/contradictions-dev*.judged.json, `corroborations`; docs/contradiction-confidence.md), where most claims
// reported as corroborated rested on one origin or paired different facts.
import { quoteAt, sentenceTokens } from '../context/context.js';
import { framingLexicon } from '../framing/framing.js';
import { MANY_ACT_BLAME, eventsLexicon } from '../statements/event-words.js';
import type { Statement } from '../statements/statement.js';
import { lightStem } from '../../text/arabic.js';
import { isToll } from '../contradictions/tolls.js';
import { bodyActRetold } from './body-acts.js';
import { describedOfficial } from './described.js';
import {
  COMPARED,
  HAS_DIGIT,
  oneFigureStated,
  oneReleaseFigures,
  ownFigures,
  specificity,
  statementFigures,
  writtenSpecificity,
} from './figures.js';
import { REWRITE_SHARE, type OriginGroup, type OriginItem } from './independence.js';
import { relaysText, reportQuoted } from './sources.js';

export { describedOfficial };

/** Function words are no evidence that two sentences tell one fact. */
const STOP = new Set(framingLexicon.stopwords.forms.map(lightStem));
/** Stems shorter than this are particles and pronouns. */
const CONTENT = 3;

/** Content stems of a statement's sentence: no function word, no number. */
function stems(s: Statement): Set<string> {
  return new Set(
    sentenceTokens(s.ctx, s.sent)
      .filter((t) => t.stem.length >= CONTENT && !STOP.has(t.stem) && !HAS_DIGIT.test(t.text))
      .map((t) => t.stem),
  );
}

/**
 * Share of content words the closest two sentences of two counted origins have in common (of the
 * shorter) below which they tell different facts under one key: on the judged days every pair this
 * far apart was two facts (a subordinate phrase against a report, the wounded against the dead)
 * or one market's figures, and every claim judged rightly corroborated shared more.
 */
const MIN_SHARED_WORDS = 0.15;

/** Why the origins of a claim may not corroborate it, each a cause of wrong corroborations. */
export interface CorroborationDoubts {
  /**
   * blame of one camp for fighting or attacks (topics the lexicon marks `manyActs`): the origins
   * blame that camp for different acts (all five such claims sampled on the judged days)
   */
  blame: boolean;
  /** the counted origins' sentences share almost no words: different facts under one key */
  apart: boolean;
  /**
   * every counted origin was found in one outlet's articles (its own report and a wire it ran, or
   * two of its desks): an outlet does not confirm itself; on the judged days such pairs were one
   * wire in two articles, or two days' market reports
   */
  oneOutlet: boolean;
  /** every two counted origins have sentences giving the same several figures: one release's figures */
  oneRelease: boolean;
  /**
   * the counted origins are two only by counting two named speakers: named speakers of one claim
   * count as one voice together (on the judged days every such pair was one body's figure under two
   * descriptions: a minister and his ministry, a university and its researcher, a club and its site)
   */
  oneBody: boolean;
  /**
   * an event whose status the lexicon marks weak ("started", "refused": phase words of anything),
   * told by fewer than WEAK_STATUS_VOICES origins
   */
  weakStatus: boolean;
  /**
   * a count no two counted origins state exactly: they agree only within "about" or a range
   * (figures.ts, `oneFigureStated`)
   */
  noSameFigure: boolean;
  /**
   * a precise figure as written (a decimal, or three significant digits: 50.2 million, 9372 points,
   * 21.2 billion) told only by papers and unnamed sources: one body's published figure (an
   * exchange's data, studios' estimate, an official count), which reporters retell but do not find.
   * Not a toll: a police source and a hospital each count the dead, and a precise toll is common
   */
  publishedFigure: boolean;
  /**
   * every two counted origins have sentences sharing two figures beside the statement's own and
   * most of their content words: one release rewritten (a club's text on a signing: the age he was
   * first capped and his caps); a toll's dead and wounded told by two sources is one figure beside
   * the claim's own, not a release
   */
  rewrittenRelease: boolean;
  /**
   * every counted origin tells the figure as an act only its body witnesses (a decree, a verdict, a
   * loan, revenues) and none quotes a source of its own: one body's announcement retold (body-acts.ts)
   */
  bodyAct: boolean;
}

/** Doubts about a claim whose counted origins are `groups`. */
export function corroborationDoubts(kind: string, groups: OriginGroup<Statement>[]): CorroborationDoubts {
  const counted = groups.filter((g) => g.counted);
  const first = groups[0]?.members[0];
  const blame = kind === 'blame' && first?.blame !== undefined && MANY_ACT_BLAME.has(first.blame.group);
  return {
    blame,
    apart: counted.length > 1 && closestShare(counted) < MIN_SHARED_WORDS,
    oneOutlet: counted.length > 1 && inOneOutlet(counted.flatMap((g) => g.members)),
    oneRelease: counted.length > 1 && oneReleaseFigures(counted),
    oneBody: counted.length > 1 && bodyVoices(counted) < 2,
    weakStatus:
      kind === 'event' &&
      !!first?.event &&
      WEAK_STATUS.has(first.event.status) &&
      counted.length < WEAK_STATUS_VOICES,
    noSameFigure: kind === 'quantity' && counted.length > 1 && !oneFigureStated(counted),
    publishedFigure:
      kind === 'quantity' &&
      counted.length > 1 &&
      !!first?.quantity &&
      !isToll(first) &&
      writtenSpecificity(first) > 1 &&
      !counted.some((g) => g.members.some(namedSpeaker)),
    rewrittenRelease: counted.length > 1 && rewrittenWithFigures(counted),
    bodyAct: bodyActRetold(counted),
  };
}

/** Statuses two origins cannot confirm (events.json `weakConfirmation`, each with its note). */
const WEAK_STATUS = new Set(eventsLexicon.statuses.filter((s) => s.weakConfirmation).map((s) => s.id));
/**
 * Origins a weak status needs: on the judged days every such claim told by two was two facts
 * ("began" daily attacks / "began" to raise fears), while an evacuation that three origins say
 * started is one fact.
 */
const WEAK_STATUS_VOICES = 3;

/** The statement is a named speaker's quotation (not a paper's own sentence, not an unnamed source). */
export function namedSpeaker(s: OriginItem): boolean {
  if (!s.voice.id.startsWith('source:')) return false;
  const q = quoteAt(s.ctx, s.span.start);
  return !q || !describedOfficial(q.speaker.kind, q.speaker.text);
}

/**
 * Voices of counted origins when every origin resting on a named speaker's quotation counts once
 * with the others of its kind: the speakers' names were already compared (independence.ts), and what
 * is left are one body's officials under names that share no word, which no name test tells from
 * two bodies.
 */
export function bodyVoices<T extends OriginItem>(counted: OriginGroup<T>[]): number {
  const named = counted.filter((g) => g.members.some(namedSpeaker));
  // the papers' own sentences and unnamed sources: each counted origin is a voice
  const otherVoices = counted.length - named.length;
  // every named speaker together: one voice (one body's officials under several names)
  const speakerVoices = named.length > 0 ? 1 : 0;
  // a quoted published text is retold by another origin in its own words: one voice fewer
  const publishedRetold = named.some((g) => g.members.some(publishedSource)) ? 1 : 0;
  // the press's reports retold by an origin that is no report: one voice fewer (two papers' reports
  // of one offer are two reports)
  const reports = counted.filter((g) => !named.includes(g) && g.members.some(reportQuoted)).length;
  const reportRetold =
    reports > 0 && counted.filter((g) => g.members.some(relaysText)).length < counted.length ? 1 : 0;
  return otherVoices + speakerVoices - Math.max(publishedRetold, reportRetold);
}

/** Speakers that are published texts: a report, a statement, a paper, an agency, a site. */
const PUBLISHED: ReadonlySet<string> = new Set(['document', 'media']);

/**
 * The statement quotes a published text ("ذكر التقرير", "أفادت صحيفة", "موقع النادي"): any paper
 * may retell that text in its own words without naming it nearby, so with it one more origin is one
 * voice (on the judged days every claim resting on such a quotation was one origin or two facts).
 */
export function publishedSource(s: OriginItem): boolean {
  const q = quoteAt(s.ctx, s.span.start);
  return !!q && PUBLISHED.has(q.speaker.kind);
}

/** Every statement comes from one outlet's articles: an outlet does not confirm itself. */
export function inOneOutlet(statements: { ctx: { outlet: string } }[]): boolean {
  return new Set(statements.map((s) => s.ctx.outlet)).size <= 1;
}

/** The largest share of words two sentences of two different origins have in common. */
function closestShare(groups: OriginGroup<Statement>[]): number {
  const words = groups.map((g) => g.members.slice(0, COMPARED).map(stems));
  let best = 0;
  for (let i = 0; i < words.length; i++)
    for (let j = i + 1; j < words.length; j++)
      for (const a of words[i])
        for (const b of words[j]) {
          const smaller = Math.min(a.size, b.size);
          if (smaller === 0) continue;
          let n = 0;
          for (const w of a) if (b.has(w)) n++;
          best = Math.max(best, n / smaller);
        }
  return best;
}

/**
 * Figures beside the statements' own two rewritten sentences of one release share (with
 * REWRITE_SHARE of their content words): the claim's own figure is what both origins tell, so it
 * is no sign of one text (with it counted, a toll's dead and wounded read as one release).
 */
const REWRITE_FIGURES = 2;

/** Every two counted origins have a sentence pair sharing REWRITE_FIGURES other figures and REWRITE_SHARE (independence.ts: the share of a rewritten sentence) of their words. */
function rewrittenWithFigures(groups: OriginGroup<Statement>[]): boolean {
  const words = groups.map((g) => g.members.slice(0, COMPARED).map(stems));
  const figs = groups.map((g) => g.members.slice(0, COMPARED).map(otherFigures));
  for (let i = 0; i < groups.length; i++)
    for (let j = i + 1; j < groups.length; j++) {
      let found = false;
      for (let x = 0; x < words[i].length && !found; x++)
        for (let y = 0; y < words[j].length && !found; y++) {
          let f = 0;
          for (const v of figs[i][x]) if (figs[j][y].has(v)) f += specificity(v);
          const [a, b] = [words[i][x], words[j][y]];
          const smaller = Math.min(a.size, b.size);
          let n = 0;
          for (const w of a) if (b.has(w)) n++;
          found = f >= REWRITE_FIGURES && smaller > 0 && n / smaller >= REWRITE_SHARE;
        }
      if (!found) return false;
    }
  return true;
}

/** Figures of a statement's sentence other than its own count's. */
function otherFigures(s: Statement): Set<string> {
  const own = ownFigures(s);
  return new Set([...statementFigures(s)].filter((f) => !own.has(f)));
}

/** Corroborated: two independent voices or more, and no doubt that they state one fact. */
export function corroborates(voices: number, doubts: CorroborationDoubts, needed: number): boolean {
  return (
    voices >= needed &&
    !doubts.blame &&
    !doubts.apart &&
    !doubts.oneOutlet &&
    !doubts.oneRelease &&
    !doubts.oneBody &&
    !doubts.weakStatus &&
    !doubts.noSameFigure &&
    !doubts.publishedFigure &&
    !doubts.rewrittenRelease &&
    !doubts.bodyAct
  );
}
