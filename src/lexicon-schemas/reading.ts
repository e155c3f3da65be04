// Schemas of the lexicons that read one article: the text core, cleaning, the extractors and entity
// linking (number words, dates, quotations, accusations, names, places, outlets, boilerplate).
// Split by concern under reading/: text.ts (text core, cleaning), figures.ts (numbers, dates),
// quotes.ts (attribution, cue verbs, accusations) and names.ts (entities and their linking).
export * from './reading/figures.js';
export * from './reading/names.js';
export * from './reading/quotes.js';
export * from './reading/text.js';
