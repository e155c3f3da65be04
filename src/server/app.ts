// `sanad serve`: the web app and its HTTP API over the library. Fastify 5 with its own plugins:
// helmet (security headers, the Content-Security-Policy), multipart (uploads with size limits),
// swagger (the OpenAPI document, built from the routes' JSON Schemas).
import { createHash } from 'node:crypto';
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import { SanadError } from '../errors.js';
import type { Db } from '../store/db.js';
import { appAssets } from './assets.js';
import { JobRunner } from './jobs.js';
import { appPage } from './page.js';
import { checkRoutes } from './routes-check.js';
import { ingestRoutes, MAX_UPLOAD_FILES } from './routes-ingest.js';
import { libraryRoutes } from './routes-library.js';
import { APP_CSP, guard } from './security.js';

// an upload (one file) or a pasted article larger than this is refused with 413: the readers refuse
// a single text file over 20 MB anyway, and a zip of a few days of news fits under it
export const DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export interface ServerOptions {
  db: Db;
  host: string;
  token?: string;
  maxUploadBytes?: number;
  version?: string;
  logger?: boolean;
}

const STATUS_OF: Partial<Record<string, number>> = {
  E_STORY: 404,
  E_NOT_FOUND: 404,
  E_QUERY: 400,
  E_REQUEST: 400,
  // a check against a library that holds no article yet
  E_NOTHING: 404,
};

/** Every error as { code, message }: a code from docs/codes.md, the offending value in the message. */
function sendError(error: FastifyError | SanadError, _req: FastifyRequest, reply: FastifyReply) {
  if (error instanceof SanadError)
    return reply.code(STATUS_OF[error.code] ?? 500).send({ code: error.code, message: error.message });
  const status = error.statusCode ?? 500;
  if (status === 413)
    return reply
      .code(413)
      .send({ code: 'E_TOO_LARGE', message: `the upload is over the limit (${error.message})` });
  if (error.validation) return reply.code(400).send({ code: 'E_REQUEST', message: error.message });
  if (status < 500) return reply.code(status).send({ code: 'E_REQUEST', message: error.message });
  reply.log.error(error);
  return reply.code(500).send({ code: 'E_SERVER', message: error.message });
}

/** The OpenAPI document of the API, without a library (npm run openapi writes docs/openapi.json). */
export async function openApiDocument(version: string): Promise<unknown> {
  const { app } = await buildServer({ db: undefined as never, host: '127.0.0.1', version });
  await app.ready();
  const doc = app.swagger();
  await app.close();
  return doc;
}

/**
 * The script or the style sheet, with an ETag: a browser revalidates on each load (no-cache) and gets
 * 304 without the 570 KB script or the 174 KB style sheet while the build is unchanged.
 */
function asset(app: FastifyInstance, path: string, type: string, body: () => string): void {
  let etag: string | undefined;
  app.get(path, { schema: { hide: true } }, (req, reply) => {
    const text = body();
    etag ??= `"${createHash('sha256').update(text).digest('base64url').slice(0, 22)}"`;
    void reply.header('etag', etag).header('cache-control', 'no-cache');
    if (req.headers['if-none-match'] === etag) return reply.code(304).send();
    return reply.type(type).send(text);
  });
}

export async function buildServer(opts: ServerOptions): Promise<{ app: FastifyInstance; jobs: JobRunner }> {
  const limit = opts.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const app = Fastify({ logger: opts.logger ?? false, bodyLimit: limit });
  const jobs = new JobRunner();
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: APP_CSP },
    crossOriginEmbedderPolicy: false,
    // served over plain HTTP (loopback, or behind the operator's own TLS proxy): HSTS is the proxy's call
    strictTransportSecurity: false,
  });
  await app.register(multipart, { limits: { fileSize: limit, files: MAX_UPLOAD_FILES, fields: 10 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'sanad',
        version: opts.version ?? '0',
        description:
          'The library of sanad over HTTP: stories, articles, search, claim checks, ingest jobs, report views and exports. ' +
          'Off loopback every request needs `Authorization: Bearer <token>`.',
      },
      components: { securitySchemes: { token: { type: 'http', scheme: 'bearer' } } },
      security: [{ token: [] }],
    },
  });
  app.addHook('onRequest', guard({ host: opts.host, token: opts.token }));
  app.setErrorHandler(sendError);
  app.setNotFoundHandler((req, reply) =>
    reply.code(404).send({ code: 'E_NOT_FOUND', message: `no route ${req.method} ${req.url.split('?')[0]}` }),
  );
  const page = appPage(opts.version ?? '');
  app.get('/', { schema: { hide: true } }, (_req, reply) =>
    reply.type('text/html; charset=utf-8').send(page),
  );
  asset(app, '/app.js', 'text/javascript; charset=utf-8', () => appAssets().script);
  asset(app, '/app.css', 'text/css; charset=utf-8', () => appAssets().css);
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
  libraryRoutes(app, opts.db);
  ingestRoutes(app, opts.db, jobs);
  checkRoutes(app, opts.db);
  return { app, jobs };
}
