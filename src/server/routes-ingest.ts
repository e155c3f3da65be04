// Adding to the library over HTTP: paste an article, upload files, add a feed, run the analysis.
// Each starts a job (jobs.ts) and answers 202 at once; the app polls /api/jobs/{id} for progress.
import { rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { SanadError } from '../errors.js';
import type { InputProblem, RawDoc } from '../ingest/types.js';
import { finishLibrary, ingestDocuments, type IngestReport } from '../library/ingest.js';
import { readSources } from '../library/sources.js';
import { watchFeeds } from '../library/watch.js';
import { sha256 } from '../store/articles.js';
import type { Db } from '../store/db.js';
import type { JobRunner } from './jobs.js';
import { uploadFolder } from './upload-folders.js';
import { listFeeds } from './queries.js';
import * as S from './schemas.js';

// seconds between polls of a feed added here, when `sanad watch` later polls it
const FEED_INTERVAL_SECONDS = 300;
// files in one upload: a story folder, not a dump (a dump goes through `sanad ingest` or a zip)
export const MAX_UPLOAD_FILES = 200;

interface Paste {
  text: string;
  title?: string;
  outlet?: string;
  published?: string;
  url?: string;
}

function summary(r: IngestReport, problems: InputProblem[]) {
  return {
    read: r.read,
    stored: r.stored,
    skipped: r.skipped,
    storiesChanged: r.storiesChanged,
    analysed: r.analysed,
    problems: [...r.problems, ...problems].map((p) => `${p.path}: ${p.message} [${p.code}]`),
  };
}

async function* one(doc: RawDoc): AsyncGenerator<RawDoc> {
  yield doc;
}

/** A pasted article as the readers would give it; its id comes from its text, so a re-paste is known. */
function pastedDoc(p: Paste): RawDoc {
  return {
    id: `pasted-${sha256(p.text).slice(0, 12)}`,
    source: p.url ? { url: p.url } : {},
    ...(p.title ? { title: p.title } : {}),
    ...(p.outlet ? { outlet: p.outlet } : {}),
    ...(p.published ? { published: p.published } : {}),
    body: p.text,
    format: 'txt',
    warnings: [],
  };
}

/** A client's file name, reduced to a plain name in the upload folder (no path, no dotfile). */
export function safeName(name: string, index: number): string {
  const base = basename(name.replace(/\\/g, '/'))
    .replace(/[^\p{L}\p{N}._-]/gu, '_')
    .replace(/^\.+/, '');
  return base || `upload-${index}.txt`;
}

function pasteRoute(app: FastifyInstance, db: Db, jobs: JobRunner): void {
  app.post<{ Body: Paste }>(
    '/api/articles',
    {
      schema: {
        summary: 'Add one pasted article (plain text); starts an ingest job',
        tags: ['ingest'],
        body: S.pasteBody,
        response: S.accepted,
      },
    },
    async (req, reply) => {
      const doc = pastedDoc(req.body);
      const job = jobs.start('ingest', req.body.title ?? doc.id, async (progress) =>
        summary(await ingestDocuments(one(doc), { db, progress }), []),
      );
      return reply.code(202).send(job);
    },
  );
}

function uploadRoute(app: FastifyInstance, db: Db, jobs: JobRunner): void {
  app.post(
    '/api/uploads',
    {
      schema: {
        summary:
          'Upload article files (multipart/form-data, field "files"): txt, html, json, jsonl, zip, feeds',
        tags: ['ingest'],
        consumes: ['multipart/form-data'],
        response: S.accepted,
      },
    },
    async (req, reply) => {
      const dir = await uploadFolder();
      const names: string[] = [];
      try {
        for await (const part of req.files()) {
          const name = safeName(part.filename, names.length);
          // toBuffer throws a 413 once the file passes the limit, before it is all read
          await writeFile(join(dir, name), await part.toBuffer());
          names.push(name);
        }
      } catch (e) {
        await rm(dir, { recursive: true, force: true });
        throw e;
      }
      if (!names.length) {
        await rm(dir, { recursive: true, force: true });
        throw new SanadError('E_REQUEST', 'the upload holds no file (field "files")');
      }
      const job = jobs.start('ingest', names.join(', '), async (progress) => {
        try {
          const local: InputProblem[] = [];
          const docs = readSources([dir], { db, warn: (p) => local.push(p) });
          return summary(await ingestDocuments(docs, { db, progress }), local);
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      });
      return reply.code(202).send(job);
    },
  );
}

function feedRoutes(app: FastifyInstance, db: Db, jobs: JobRunner): void {
  app.get(
    '/api/feeds',
    {
      schema: {
        summary: 'Feeds the library knows (added here or by sanad watch)',
        tags: ['ingest'],
        response: { 200: { type: 'object', properties: { feeds: { type: 'array', items: S.feed } } } },
      },
    },
    async () => ({ feeds: await listFeeds(db) }),
  );

  app.post<{ Body: { url: string } }>(
    '/api/feeds',
    {
      schema: {
        summary: 'Add a feed (RSS, Atom, JSON Feed) and read it once now; `sanad watch` keeps polling it',
        tags: ['ingest'],
        body: S.feedBody,
        response: S.accepted,
      },
    },
    async (req, reply) => {
      const { url } = req.body;
      const job = jobs.start('ingest', url, async (progress) => {
        const local: InputProblem[] = [];
        const warn = (p: InputProblem) => void local.push(p);
        await watchFeeds([url], { db, intervalSeconds: FEED_INTERVAL_SECONDS, rounds: 1, warn, progress });
        const [feed] = (await listFeeds(db)).filter((f) => f.url === url);
        return { status: feed?.status ?? '', problems: local.map((p) => `${p.message} [${p.code}]`) };
      });
      return reply.code(202).send(job);
    },
  );
}

function analyseRoute(app: FastifyInstance, db: Db, jobs: JobRunner): void {
  app.post(
    '/api/analyses',
    {
      schema: {
        summary: 'Finish the library: annotate, group and analyse every story that is new or grew',
        tags: ['ingest'],
        response: S.accepted,
      },
    },
    async (_req, reply) => {
      const job = jobs.start('analyze', 'library', async (progress) => ({
        ...(await finishLibrary(db, { progress })),
      }));
      return reply.code(202).send(job);
    },
  );
}

function jobRoutes(app: FastifyInstance, jobs: JobRunner): void {
  app.get(
    '/api/jobs',
    {
      schema: {
        summary: 'Jobs of this server, newest first',
        tags: ['jobs'],
        response: { 200: { type: 'object', properties: { jobs: { type: 'array', items: S.job } } } },
      },
    },
    async () => ({ jobs: jobs.list() }),
  );

  app.get<{ Params: { id: string } }>(
    '/api/jobs/:id',
    {
      schema: {
        summary: "A job's state and progress",
        tags: ['jobs'],
        params: S.idParam,
        response: { 200: S.job, ...S.errors },
      },
    },
    async (req) => {
      const job = jobs.get(req.params.id);
      if (!job) throw new SanadError('E_NOT_FOUND', `no job "${req.params.id}"`);
      return job;
    },
  );
}

export function ingestRoutes(app: FastifyInstance, db: Db, jobs: JobRunner): void {
  pasteRoute(app, db, jobs);
  uploadRoute(app, db, jobs);
  feedRoutes(app, db, jobs);
  analyseRoute(app, db, jobs);
  jobRoutes(app, jobs);
}
