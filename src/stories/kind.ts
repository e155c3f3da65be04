// Opinion columns, editorials and press round-ups are not reports: they never count as a voice and
// never join a story as one. Judged from lexicon cues (lexicons/stories.json) and the article's
// shape: a column is signed by its writer's trade, argues in the first person, asks rhetorical
// questions and attributes little to sources; a round-up cites one paper after another.
import { countPhrases, startsWithPhrase, storyCues, phraseKeys, type Phrase } from './cues.js';

export type ArticleKind = 'report' | 'opinion' | 'editorial' | 'roundup';

export interface KindInput {
  title?: string;
  author?: string;
  /** search keys of the body's words, in order */
  keys: readonly string[];
  /** search keys of the body's last non-empty line */
  lastLine: readonly string[];
  /** question marks in the body */
  questions: number;
}

export interface Kind {
  kind: ArticleKind;
  /** what made the judgement, for the user to check */
  cues: string[];
}

/** round-up phrases (صحيفة after صحيفة) from which a text is a press digest */
const ROUNDUP_MIN = 3;
/** cue points from which a text is an opinion column: two independent signs plus one more */
const OPINION_MIN = 3;
/** reporting verbs per 100 words below which a long text attributes almost nothing to anyone */
const FEW_ATTRIBUTIONS = 0.25;
/** words from which the attribution rate says something */
const LONG_TEXT = 250;
/** a last line of at most this many words can be a signature ("كاتب سعودي") */
const SIGNATURE_WORDS = 3;

/** A byline or heading that names an editorial or a column ("كلمة اليوم", "رأي", "بقلم"). */
function bylineKind(author: string | undefined, title: string | undefined): Kind | undefined {
  const cues = storyCues().opinionBylines;
  for (const line of [author, title]) {
    if (!line) continue;
    const keys = phraseKeys(line.replace(/[«»"“”:()|\-–—]/g, ' '));
    const hit = cues.find((c) => startsWithPhrase(keys, [c.keys]));
    if (hit) return { kind: hit.kind, cues: [`byline "${hit.keys.join(' ')}"`] };
  }
  return undefined;
}

/**
 * A news byline says where it was filed ("فلان (جدة)", "الرياض:", "- وكالات") or names an agency;
 * a column's byline is the writer's name alone: two to four words and nothing else.
 */
export function bareNameByline(author: string | undefined): boolean {
  if (!author) return false;
  const a = author.trim();
  if (!a || /[()\-–—:،,/«»"]/.test(a)) return false;
  const words = a.split(/\s+/);
  return words.length >= 2 && words.length <= 4;
}

function opinionScore(input: KindInput): { score: number; cues: string[] } {
  const cues: string[] = [];
  const lex = storyCues();
  const last = input.lastLine.join(' ');
  if (input.lastLine.length <= SIGNATURE_WORDS && lex.opinionSignatures.has(last)) {
    cues.push(`signed "${last}"`, 'signature');
  }
  const voice = countPhrases(input.keys, lex.opinionPhrases);
  if (voice >= 1) cues.push(`${voice} phrase(s) in the writer's voice`);
  if (voice >= 3) cues.push('many phrases in the writer’s voice');
  if (input.questions >= 2) cues.push(`${input.questions} questions`);
  if (input.keys.length >= LONG_TEXT) {
    let verbs = 0;
    for (const k of input.keys) if (lex.reportingVerbs.has(k)) verbs++;
    if ((verbs * 100) / input.keys.length < FEW_ATTRIBUTIONS) cues.push('few attributions');
  }
  if (bareNameByline(input.author)) cues.push('byline without a dateline');
  // a signature counts twice: it is what a column ends with and a report never does
  return { score: cues.length, cues: cues.filter((c) => c !== 'signature') };
}

/** Report, opinion column, editorial or press round-up. */
export function judgeKind(input: KindInput): Kind {
  const byline = bylineKind(input.author, input.title);
  if (byline) return byline;
  const lex = storyCues();
  const roundup = countPhrases(input.keys, lex.roundupPhrases);
  const titleRoundup = input.title ? countPhrases(phraseKeys(input.title), lex.roundupPhrases) : 0;
  if (roundup >= ROUNDUP_MIN || titleRoundup > 0) {
    return { kind: 'roundup', cues: [`${roundup + titleRoundup} round-up phrase(s)`] };
  }
  const { score, cues } = opinionScore(input);
  return score >= OPINION_MIN ? { kind: 'opinion', cues } : { kind: 'report', cues: [] };
}

/** The title without a wire continuation marker ("إضافة أولى"), when it carries one. */
export function continuationOf(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const keys = phraseKeys(title.replace(/[«»"“”:()|\-–—.]/g, ' '));
  const marker = storyCues().continuations.find((p: Phrase) => {
    for (let i = 0; i + p.length <= keys.length; i++) if (p.every((w, j) => keys[i + j] === w)) return true;
    return false;
  });
  if (!marker) return undefined;
  const rest = keys.join(' ').replace(marker.join(' '), ' ').replace(/\s+/g, ' ').trim();
  return rest || undefined;
}
