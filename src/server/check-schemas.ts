// JSON Schemas of POST /api/check: the request, and the check result as `sanad check` prints it
// (src/check/claim.ts). Every field is listed: Fastify drops fields a response schema does not name.
const str = { type: 'string' } as const;
const int = { type: 'integer' } as const;
const num = { type: 'number' } as const;
const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const stance = { type: 'string', enum: ['agree', 'disagree', 'discuss', 'unrelated'] } as const;

export const checkBody = {
  type: 'object',
  properties: {
    claim: { type: 'string', minLength: 1, maxLength: 2000, description: 'the claim, in Arabic' },
    story: { ...str, description: 'only the articles of this story' },
    from: { ...date, description: 'only articles published on or after this day' },
    to: { ...date, description: 'only articles published on or before this day' },
    limit: { type: 'integer', minimum: 1, maximum: 200, default: 50, description: 'articles read' },
  },
  required: ['claim'],
  additionalProperties: false,
} as const;

const evidenceProps = {
  article: str,
  start: int,
  end: int,
  text: { ...str, description: 'the characters start..end of the article text (or of its title)' },
  field: {
    type: 'string',
    enum: ['title'],
    description: 'set when the span is a range of the title held apart from the text',
  },
  speaker: { type: 'object', properties: { text: str, kind: str }, required: ['text', 'kind'] },
  channel: str,
  via: { type: 'array', items: str },
} as const;

/** A sentence behind a stance: a span of the article's text, with speaker and chain when quoted. */
const evidence = {
  type: 'object',
  properties: evidenceProps,
  required: ['article', 'start', 'end', 'text'],
} as const;

const checkedArticle = {
  type: 'object',
  properties: {
    id: str,
    title: str,
    outlet: str,
    published: str,
    source: { type: 'object', properties: { path: str, url: str } },
    stance,
    score: num,
    rationale: { type: 'array', items: evidence },
    origin: { ...str, description: 'the upstream source: a named source, a wire, else the outlet' },
    copyOf: { ...str, description: 'the article this one republishes, when it is a copy' },
  },
  required: ['id', 'source', 'stance', 'score', 'rationale', 'origin'],
} as const;

const counts = {
  type: 'object',
  properties: { agree: int, disagree: int, discuss: int, unrelated: int },
  required: ['agree', 'disagree', 'discuss', 'unrelated'],
} as const;

const verdict = {
  type: 'object',
  properties: {
    support: { ...int, description: 'independent origins among the agreeing articles' },
    contradict: { ...int, description: 'independent origins among the disagreeing articles' },
    supportOrigins: { type: 'array', items: str },
    contradictOrigins: { type: 'array', items: str },
    articles: counts,
    strongestContradiction: {
      type: ['object', 'null'],
      properties: { ...evidenceProps, score: num, origin: str },
    },
    summary: str,
  },
  required: ['support', 'contradict', 'supportOrigins', 'contradictOrigins', 'articles', 'summary'],
} as const;

export const checkResult = {
  type: 'object',
  properties: {
    claim: str,
    searched: { ...int, description: 'articles the library holds' },
    retrieved: { ...int, description: 'articles retrieved and read' },
    articles: { type: 'array', items: checkedArticle },
    verdict,
  },
  required: ['claim', 'searched', 'retrieved', 'articles', 'verdict'],
} as const;
