// Whether an official speaker is described, not named ("مسؤول في الوزارة", "مصدر عسكري"): such a
// speaker is an unnamed source of his own (as sources.ts reads an anonymous one), while a title is
// one known person's ("وزير خارجية قطر", "رئيس وزراء العراق", "المتحدث باسم البلدية") and counts
// with the other named speakers of a claim (corroboration.ts `bodyVoices`).
import { lexicons } from '../../extract/ner/lexicon.js';
import { framingLexicon } from '../framing/framing.js';
import { readLexicon } from '../../lexicon.js';
import { speakerNounsSchema } from '../../lexicon-schemas.js';
import { lightStem, searchKey } from '../../text/arabic.js';

/** The Arabic article on a word, alone or after a joined conjunction or preposition. */
const DEFINITE = /^[وفبكل]?(ال|لل)/;
/**
 * A word opening with a joined preposition or conjunction and the article (بالوزارة، للشرطة،
 * والجيش), or with ب (بقاعدة، باسم): the noun chain of the title is over, what follows is where
 * the speaker is or whom he speaks for, which does not name him. Not ك+ال: in speakers' phrases
 * that is a name's first letters far more often (كاليفورنيا).
 */
const JOINED = /^(?:[وفب]ال|[وف]?لل|ب)/;
/** Function words (في، من، على...): a preposition ends the noun chain the same way. */
const STOP = new Set(framingLexicon.stopwords.forms.map(lightStem));
/**
 * Adjectives of a speaker (speaker-nouns.json `adjectives`: رفيع، حكومي، مطلع...): an idafa chain
 * takes no adjective inside it, so the chain is over and a definite word after one is the
 * adjective's own complement ("رفيع المستوى"), not the end of a title.
 */
const ADJECTIVES = new Set(readLexicon('speaker-nouns', speakerNounsSchema).adjectives.words.map(searchKey));

/** A known place, person or body (the entity lexicons and the country names) starts at word i. */
function properAt(keys: string[], i: number): boolean {
  return (lexicons().phrases.get(keys[i]) ?? []).some(
    (p) =>
      (p.type === 'LOC' || p.type === 'PER' || p.type === 'ORG') && p.keys.every((k, j) => keys[i + j] === k),
  );
}

/**
 * An official described, not named: an indefinite noun first, and no definite word or proper name
 * ending the idafa chain it heads. Grammar, not vocabulary: an indefinite noun governing a definite
 * word or a name is definite through it ("وزير خارجية قطر", "رئيس وزراء العراق": a title of one
 * person), while a chain broken by a preposition ("مسؤول في الوزارة") or an adjective ("مصدر
 * عسكري"، "مسؤول رفيع المستوى") stays indefinite.
 */
export function describedOfficial(kind: string, name: string): boolean {
  if (kind !== 'official') return false;
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (!words.length || DEFINITE.test(words[0])) return false;
  const keys = words.map(searchKey);
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (JOINED.test(w) || STOP.has(lightStem(w)) || ADJECTIVES.has(keys[i])) return true;
    if (DEFINITE.test(w) || properAt(keys, i)) return false;
  }
  return true;
}
