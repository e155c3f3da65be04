// HTTP GET for feeds and pages: a time limit, a size limit, conditional headers (ETag,
// Last-Modified) so an unchanged feed costs the server a 304, and errors as values, never throws.

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

export async function fetchUrl(url: string, validators: Validators = {}): Promise<Fetched> {
  const headers: Record<string, string> = { 'user-agent': USER_AGENT, accept: '*/*' };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  try {
    const res = await fetch(url, {
      headers,
      redirect: 'follow',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
    const meta = {
      status: res.status,
      contentType: res.headers.get('content-type') ?? undefined,
      etag: res.headers.get('etag') ?? undefined,
      lastModified: res.headers.get('last-modified') ?? undefined,
    };
    if (res.status === 304) return { ok: true, notModified: true, ...meta };
    if (!res.ok) {
      await res.body?.cancel();
      return { ok: false, notModified: false, ...meta, error: `HTTP ${res.status}` };
    }
    const length = Number(res.headers.get('content-length') ?? 0);
    if (length > MAX_FETCH_BYTES) {
      await res.body?.cancel();
      return { ok: false, notModified: false, ...meta, error: `${length} bytes is over the limit` };
    }
    const bytes = Buffer.from(await res.arrayBuffer());
    if (bytes.length > MAX_FETCH_BYTES)
      return { ok: false, notModified: false, ...meta, error: `${bytes.length} bytes is over the limit` };
    return { ok: true, notModified: false, bytes, ...meta };
  } catch (e) {
    const err = e as Error & { cause?: { code?: string } };
    const reason = err.name === 'TimeoutError' ? 'timed out' : (err.cause?.code ?? err.message);
    return { ok: false, notModified: false, status: 0, error: reason };
  }
}

export const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);
