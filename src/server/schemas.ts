// JSON Schemas of the HTTP API: Fastify validates requests and serialises responses with them, and
// @fastify/swagger turns them into the OpenAPI document (GET /api/openapi.json, docs/openapi.json).
// Response schemas list every field on purpose: Fastify drops fields a schema does not name.

const str = { type: 'string' } as const;
const int = { type: 'integer' } as const;
const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const anyObject = { type: 'object', additionalProperties: true } as const;

export const errorBody = {
  type: 'object',
  description: 'every error: a code from docs/codes.md and a message naming the offending value',
  properties: { code: str, message: str },
  required: ['code', 'message'],
} as const;

export const story = {
  type: 'object',
  properties: {
    id: str,
    title: str,
    first: str,
    last: str,
    articles: int,
    outlets: { type: 'array', items: str },
    analysed: { type: 'boolean', description: 'the stored analysis covers every article of the story' },
  },
  required: ['id', 'title', 'articles', 'outlets', 'analysed'],
} as const;

export const articleRow = {
  type: 'object',
  properties: { id: str, title: str, outlet: str, published: str, url: str, story: str, chars: int },
  required: ['id', 'chars'],
} as const;

export const article = {
  type: 'object',
  properties: {
    ...articleRow.properties,
    text: { ...str, description: 'the clean text every span points into' },
  },
  required: ['id', 'chars', 'text'],
} as const;

const span = { type: 'object', properties: { start: int, end: int }, required: ['start', 'end'] } as const;

export const searchHit = {
  type: 'object',
  properties: {
    article: str,
    title: str,
    outlet: str,
    published: str,
    url: str,
    story: str,
    score: { type: 'number' },
    snippet: {
      type: 'object',
      properties: { start: int, end: int, text: str, highlights: { type: 'array', items: span } },
      required: ['start', 'end', 'text', 'highlights'],
    },
  },
  required: ['article', 'score', 'snippet'],
} as const;

const progress = {
  type: 'object',
  properties: {
    stage: { type: 'string', enum: ['store', 'annotate', 'group', 'analyze'] },
    read: int,
    stored: int,
    skipped: int,
    done: int,
    total: int,
  },
} as const;

export const job = {
  type: 'object',
  properties: {
    id: str,
    kind: { type: 'string', enum: ['ingest', 'analyze'] },
    label: str,
    state: { type: 'string', enum: ['queued', 'running', 'done', 'failed'] },
    progress,
    result: anyObject,
    error: str,
    created: str,
    finished: str,
  },
  required: ['id', 'kind', 'label', 'state', 'created'],
} as const;

export const feed = {
  type: 'object',
  properties: { url: str, status: str, checked: str, failures: int },
  required: ['url', 'failures'],
} as const;

export const pasteBody = {
  type: 'object',
  properties: {
    text: { type: 'string', minLength: 1, description: 'the article text (plain text)' },
    title: str,
    outlet: str,
    published: date,
    url: { type: 'string', format: 'uri' },
  },
  required: ['text'],
  additionalProperties: false,
} as const;

export const feedBody = {
  type: 'object',
  properties: { url: { type: 'string', pattern: '^https?://' } },
  required: ['url'],
  additionalProperties: false,
} as const;

export const idParam = { type: 'object', properties: { id: str }, required: ['id'] } as const;

export const exportQuery = {
  type: 'object',
  properties: {
    format: { type: 'string', enum: ['json', 'md', 'html', 'csv'], default: 'json' },
    table: {
      type: 'string',
      enum: ['quotes', 'claims', 'disputes', 'numbers'],
      default: 'quotes',
      description: 'csv only: which table',
    },
  },
} as const;

export const searchQuery = {
  type: 'object',
  properties: {
    q: { type: 'string', minLength: 1, description: 'words (all required) and "quoted phrases"' },
    outlet: str,
    from: date,
    to: date,
    story: str,
    limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
  },
  required: ['q'],
} as const;

export const listQuery = {
  type: 'object',
  properties: {
    story: str,
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
    offset: { type: 'integer', minimum: 0, default: 0 },
  },
} as const;

export const reportView = {
  type: 'object',
  properties: {
    id: str,
    title: str,
    html: {
      type: 'string',
      description: "the report's sections, rendered and escaped by the report renderer",
    },
    data: { ...anyObject, description: "the report script's data: chart points, basemap, labels" },
  },
  required: ['id', 'title', 'html', 'data'],
} as const;

/** Responses of the routes that start a job. */
export const accepted = { 202: job, 400: errorBody, 413: errorBody } as const;
export const errors = { 400: errorBody, 404: errorBody } as const;

export const libraryInfo = {
  type: 'object',
  properties: {
    kind: { type: 'string', enum: ['embedded', 'postgres'] },
    articles: int,
    annotated: int,
    stories: int,
    analysed: int,
    ungrouped: int,
    // work the workers gave up on (see the failures table)
    failed: int,
  },
  required: ['kind', 'articles', 'stories'],
} as const;
