// The web app's security defaults. Bound to the loopback address, it answers only requests that name
// it by a loopback host (so a web page elsewhere cannot reach it by DNS rebinding); bound to any other
// address it refuses to start without a token, and every request must carry it. Requests that change
// the library must come from the app's own origin (a hostile page cannot post a form to it).
import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SanadError } from '../errors.js';

export const DEFAULT_HOST = '127.0.0.1';
export const TOKEN_COOKIE = 'sanad_token';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export function isLoopback(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** The token in force: required off loopback (a coded error when missing), optional on it. */
export function checkStartup(host: string, token: string | undefined): string | undefined {
  if (token && token.length < MIN_TOKEN_LENGTH)
    throw new SanadError('E_TOKEN', `the token must be at least ${MIN_TOKEN_LENGTH} characters`);
  if (!token && !isLoopback(host))
    throw new SanadError(
      'E_TOKEN',
      `serving on ${host} (not loopback) needs a token: --token or SANAD_TOKEN (at least ${MIN_TOKEN_LENGTH} characters)`,
    );
  return token || undefined;
}

// a token short enough to guess over the network protects nothing
const MIN_TOKEN_LENGTH = 16;

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieToken(header: string | undefined): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/** The token a request carries: `Authorization: Bearer …`, the app's cookie, or `?token=` on a page. */
export function requestToken(req: FastifyRequest): string | undefined {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice('Bearer '.length).trim();
  const fromCookie = cookieToken(req.headers.cookie);
  if (fromCookie) return fromCookie;
  const query = req.query as Record<string, unknown> | undefined;
  return typeof query?.token === 'string' ? query.token : undefined;
}

function deny(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.code(status).type('application/json; charset=utf-8').send({ code, message });
}

function hostName(header: string | undefined): string {
  if (!header) return '';
  if (header.startsWith('[')) return header.slice(0, header.indexOf(']') + 1);
  return header.split(':')[0];
}

/** A browser's Origin names this server (by host and port; http here, https behind a TLS proxy). */
function sameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (!origin) return true; // not a browser's cross-site request: curl, scripts, the API's clients
  try {
    return new URL(origin).host === host;
  } catch {
    return false; // "null" (a sandboxed frame, a file: page) or garbage
  }
}

/** The onRequest hook: host check on loopback, token check when a token is set, origin check on writes. */
export function guard(opts: { host: string; token?: string }) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    if (isLoopback(opts.host) && !isLoopback(hostName(req.headers.host)))
      return deny(reply, 403, 'E_HOST', 'this server answers only to a loopback host name');
    if (opts.token) {
      const given = requestToken(req);
      if (!given || !sameSecret(given, opts.token))
        return deny(reply, 401, 'E_UNAUTHORIZED', 'a valid token is required (Authorization: Bearer …)');
      // a page opened with ?token= keeps it in a cookie for the app's own requests
      if ((req.query as Record<string, unknown>)?.token)
        void reply.header(
          'set-cookie',
          `${TOKEN_COOKIE}=${encodeURIComponent(given)}; Path=/; HttpOnly; SameSite=Strict`,
        );
    }
    if (req.method !== 'GET' && req.method !== 'HEAD' && !sameOrigin(req.headers.origin, req.headers.host))
      return deny(reply, 403, 'E_ORIGIN', `requests that change the library must come from the app itself`);
  };
}

/** Strict policy for the app: its own script and style files only, no inline code, no framing. */
export const APP_CSP = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  fontSrc: ["'self'", 'data:'],
  imgSrc: ["'self'", 'data:', 'blob:'],
  connectSrc: ["'self'"],
  formAction: ["'self'"],
  baseUri: ["'none'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
};
