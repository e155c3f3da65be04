// HTTP GET for feeds and pages: a time limit, a size limit, conditional headers (ETag,
// Last-Modified) so an unchanged feed costs the server a 304, and errors as values, never throws.
// No request reaches a private, link-local or loopback address unless allowed (address-policy.ts).
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { BlockedAddressError, checkLiteralHost, guardedLookup } from './address-policy.js';

export interface Fetched {
  ok: boolean;
  status: number;
  /** 304: unchanged since the validators given */
  notModified: boolean;
  bytes?: Buffer;
  contentType?: string;
  etag?: string;
  lastModified?: string;
  error?: string;
}

export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

// a feed or a page answers within this, or the attempt counts as a failure and is retried later
export const FETCH_TIMEOUT_MS = 20_000;
// no news page or feed is this large; a larger body is refused rather than held in memory
export const MAX_FETCH_BYTES = 20 * 1024 * 1024;
const USER_AGENT = 'sanad (+https://www.npmjs.com/package/sanad)';

// redirects followed per request (each hop's address is checked again)
const MAX_REDIRECTS = 5;

interface Response {
  status: number;
  headers: IncomingHttpHeaders;
  body: IncomingMessage;
}

/** One GET through node:http(s), its host's addresses checked as it connects (address-policy.ts). */
function getOnce(url: URL, headers: Record<string, string>, signal: AbortSignal): Promise<Response> {
  checkLiteralHost(url);
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, { headers, signal, lookup: guardedLookup }, (res) =>
      resolve({ status: res.statusCode ?? 0, headers: res.headers, body: res }),
    );
    req.on('error', reject);
    req.end();
  });
}

/** GET with redirects followed by hand, so that no hop can lead to a blocked address. */
async function get(url: string, headers: Record<string, string>, signal: AbortSignal): Promise<Response> {
  let at = new URL(url);
  for (let hop = 0; ; hop++) {
    if (at.protocol !== 'http:' && at.protocol !== 'https:') throw new Error(`${at.protocol} is not http(s)`);
    const res = await getOnce(at, headers, signal);
    const location = res.headers.location;
    if (res.status < 300 || res.status >= 400 || res.status === 304 || !location) return res;
    res.body.resume();
    if (hop >= MAX_REDIRECTS) throw new Error(`more than ${MAX_REDIRECTS} redirects`);
    at = new URL(location, at);
  }
}

/** The body, decompressed, refused past the size limit while it streams (never all held first). */
async function readBody(res: Response): Promise<Buffer> {
  const encoding = String(res.headers['content-encoding'] ?? '').toLowerCase();
  const stream =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? res.body.pipe(createGunzip())
      : encoding === 'deflate'
        ? res.body.pipe(createInflate())
        : encoding === 'br'
          ? res.body.pipe(createBrotliDecompress())
          : res.body;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FETCH_BYTES) {
      res.body.destroy();
      throw new Error(`over ${MAX_FETCH_BYTES} bytes is over the limit`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

const header = (h: IncomingHttpHeaders, name: string): string | undefined => {
  const v = h[name];
  return Array.isArray(v) ? v[0] : v;
};

export async function fetchUrl(url: string, validators: Validators = {}): Promise<Fetched> {
  const headers: Record<string, string> = {
    'user-agent': USER_AGENT,
    accept: '*/*',
    'accept-encoding': 'gzip, deflate, br',
  };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  try {
    const res = await get(url, headers, AbortSignal.timeout(FETCH_TIMEOUT_MS));
    const meta = {
      status: res.status,
      contentType: header(res.headers, 'content-type'),
      etag: header(res.headers, 'etag'),
      lastModified: header(res.headers, 'last-modified'),
    };
    if (res.status === 304) {
      res.body.resume();
      return { ok: true, notModified: true, ...meta };
    }
    if (res.status < 200 || res.status >= 300) {
      res.body.resume();
      return { ok: false, notModified: false, ...meta, error: `HTTP ${res.status}` };
    }
    const length = Number(header(res.headers, 'content-length') ?? 0);
    if (length > MAX_FETCH_BYTES) {
      res.body.destroy();
      return { ok: false, notModified: false, ...meta, error: `${length} bytes is over the limit` };
    }
    return { ok: true, notModified: false, bytes: await readBody(res), ...meta };
  } catch (e) {
    const err = e as Error & { code?: string; cause?: { code?: string } };
    const reason =
      err.name === 'TimeoutError' || err.name === 'AbortError'
        ? 'timed out'
        : err instanceof BlockedAddressError
          ? err.message
          : (err.code ?? err.cause?.code ?? err.message);
    return { ok: false, notModified: false, status: 0, error: reason };
  }
}

export const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);
