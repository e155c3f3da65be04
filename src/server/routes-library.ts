// Reading the library over HTTP: stories, articles, search, a story's report views and its exports.
import type { FastifyInstance } from 'fastify';
import type { Analysis } from '../contract.js';
import { SanadError } from '../errors.js';
import { buildReportModel } from '../report/html/report-model.js';
import { clientData, renderHtmlReport, renderSections } from '../report/html/page.js';
import { renderMarkdown } from '../report/markdown.js';
import { tableCsv, type CsvTable } from '../report/tables-csv.js';
import type { Db } from '../store/db.js';
import { searchLibrary } from '../store/search.js';
import { listStories, loadAnalysis } from '../store/stories.js';
import { counts } from '../store/articles.js';
import { getArticle, listArticles } from './queries.js';
import { ByteLru, shortLived } from './cache.js';
import * as S from './schemas.js';

async function analysisOf(db: Db, id: string): Promise<Analysis> {
  const analysis = await loadAnalysis(db, id);
  if (!analysis) throw new SanadError('E_STORY', `no analysis of story "${id}" in the library`);
  return analysis;
}

const EXPORT_TYPES = {
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
} as const;

/** A file name safe in a header whatever the story id holds. */
const fileName = (id: string, ext: string, table?: string) =>
  `sanad-${id.replace(/[^\w.-]/g, '_')}${table ? `-${table}` : ''}.${ext}`;

// Report views kept in memory: the largest story's view is about 3.5 MB of JSON (7 MB as a JS
// string) and takes 1-2 s to build; 64 MB holds the few largest stories and the hundreds of small
// ones a newsroom reads in a day, and is small beside the embedded database's own memory
export const VIEW_CACHE_BYTES = 64 * 1024 * 1024;
// the counts scan the articles and annotations tables; the status line they feed may lag a few
// seconds behind an ingest, and a page that polls it no longer queues a scan per request
export const LIBRARY_COUNTS_TTL_MS = 5_000;

/**
 * What a story's view is built from: its analysis (a re-analysis changes its time and article
 * count) and its title. One lookup by primary key; undefined when the story has no analysis.
 */
async function viewVersion(db: Db, id: string): Promise<string | undefined> {
  const [row] = await db.query<{ version: string }>(
    `select a.analyzed_at::text || '|' || a.article_count || '|' || coalesce(s.updated_at::text, '') as version
     from story_analyses a left join stories s on s.id = a.story_id where a.story_id = $1`,
    [id],
  );
  return row?.version;
}

function storyRoutes(app: FastifyInstance, db: Db, views: ByteLru): void {
  const libraryCounts = shortLived(LIBRARY_COUNTS_TTL_MS, () => counts(db));
  app.get(
    '/api/library',
    { schema: { summary: 'What the library holds', tags: ['library'], response: { 200: S.libraryInfo } } },
    async () => ({ kind: db.kind, ...(await libraryCounts()) }),
  );

  app.get<{ Querystring: { limit?: number } }>(
    '/api/stories',
    {
      schema: {
        summary: 'Stories, largest first',
        tags: ['stories'],
        querystring: { type: 'object', properties: { limit: { type: 'integer', minimum: 1, default: 200 } } },
        response: { 200: { type: 'object', properties: { stories: { type: 'array', items: S.story } } } },
      },
    },
    async (req) => ({ stories: await listStories(db, { limit: req.query.limit }) }),
  );

  app.get<{ Params: { id: string } }>(
    '/api/stories/:id/view',
    {
      schema: {
        summary: "A story's report views: the same sections and script data as the HTML report",
        tags: ['stories'],
        params: S.idParam,
        response: { 200: S.reportView, ...S.errors },
      },
    },
    async (req, reply) => {
      const id = req.params.id;
      const version = await viewVersion(db, id);
      const key = `${id}\u0000${version}`;
      let body = version === undefined ? undefined : views.get(key);
      if (body === undefined) {
        const analysis = await analysisOf(db, id);
        const model = buildReportModel(analysis);
        const [story] = await db.query<{ title: string }>('select title from stories where id = $1', [id]);
        // serialized by the route's own schema, so a cached body is the one an uncached one would be
        body = reply.serialize({
          id,
          title: story?.title ?? id,
          html: renderSections(model),
          data: clientData(model),
        }) as string;
        // an older version of this story is dead weight once a newer one is built
        views.deletePrefix(`${id}\u0000`);
        if (version !== undefined) views.set(key, body);
      }
      return reply
        .type('application/json; charset=utf-8')
        .serializer((x: unknown) => x as string)
        .send(body);
    },
  );
}

function exportRoute(app: FastifyInstance, db: Db): void {
  app.get<{ Params: { id: string }; Querystring: { format: keyof typeof EXPORT_TYPES; table: CsvTable } }>(
    '/api/stories/:id/export',
    {
      schema: {
        summary:
          "Download a story's analysis: JSON (the contract), Markdown, the HTML report, or a CSV table",
        tags: ['stories'],
        params: S.idParam,
        querystring: S.exportQuery,
        response: { 200: { description: 'the file, as an attachment', type: 'string' }, ...S.errors },
      },
    },
    async (req, reply) => {
      const { format, table } = req.query;
      const analysis = await analysisOf(db, req.params.id);
      const body =
        format === 'json'
          ? JSON.stringify(analysis, null, 2)
          : format === 'md'
            ? renderMarkdown(analysis)
            : format === 'html'
              ? renderHtmlReport(analysis)
              : tableCsv(analysis, table);
      const name = fileName(req.params.id, format, format === 'csv' ? table : undefined);
      return reply
        .type(EXPORT_TYPES[format])
        .header('content-disposition', `attachment; filename="${name}"`)
        .serializer((x: unknown) => x as string)
        .send(body);
    },
  );
}

function articleRoutes(app: FastifyInstance, db: Db): void {
  app.get<{ Querystring: { story?: string; limit: number; offset: number } }>(
    '/api/articles',
    {
      schema: {
        summary: 'Articles, newest first, or the articles of one story in date order',
        tags: ['articles'],
        querystring: S.listQuery,
        response: {
          200: { type: 'object', properties: { articles: { type: 'array', items: S.articleRow } } },
        },
      },
    },
    async (req) => ({ articles: await listArticles(db, req.query) }),
  );

  app.get<{ Params: { id: string } }>(
    '/api/articles/:id',
    {
      schema: {
        summary: 'One article with its clean text',
        tags: ['articles'],
        params: S.idParam,
        response: { 200: S.article, ...S.errors },
      },
    },
    async (req) => {
      const found = await getArticle(db, req.params.id);
      if (!found) throw new SanadError('E_NOT_FOUND', `no article "${req.params.id}" in the library`);
      return found;
    },
  );

  app.get<{
    Querystring: { q: string; outlet?: string; from?: string; to?: string; story?: string; limit: number };
  }>(
    '/api/search',
    {
      schema: {
        summary: 'Arabic-aware full-text search; every highlight is a span into the article text',
        tags: ['articles'],
        querystring: S.searchQuery,
        response: {
          200: {
            type: 'object',
            properties: { query: { type: 'string' }, hits: { type: 'array', items: S.searchHit } },
          },
          400: S.errorBody,
        },
      },
    },
    async (req) => ({ query: req.query.q, hits: await searchLibrary(db, req.query.q, req.query) }),
  );
}

export function libraryRoutes(app: FastifyInstance, db: Db, views = new ByteLru(VIEW_CACHE_BYTES)): void {
  storyRoutes(app, db, views);
  exportRoute(app, db);
  articleRoutes(app, db);
}
