// The attribution lexicon's never-a-speaker words (notSpeakers of lexicons/attribution.json), as
// search keys, built once for every stage that reads them: the quotation rules refuse them as a
// speaker, the entity finder refuses one of them tagged alone as a name. A small module of its own
// so the entity finder need not load the quotation rules' word tables to read it.
import { readLexicon } from '../lexicon.js';
import { attributionSchema } from '../lexicon-schemas.js';
import { searchKey } from '../text/arabic.js';

export const notSpeakers = new Set(
  readLexicon('attribution', attributionSchema).notSpeakers.words.map(searchKey),
);
