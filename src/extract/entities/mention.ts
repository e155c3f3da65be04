// What the entity finder returns for one name in one article: a span, its type and its key.
import type { Span } from '../../contract.js';
import type { EntityType } from '../ner/lexicon.js';

export type EntityMention = Span & {
  type: EntityType;
  /** normalised name: search key of the canonical name, titles and clitics removed */
  key: string;
};
