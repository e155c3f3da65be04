// The app's calls to its own HTTP API (the same API the OpenAPI document describes).
import type { StoredStory } from '../../store/stories.js';
import type { ArticleFull, ArticleRow } from '../queries.js';

// rows as the server reads them from the library (types only: nothing of the server is bundled)
export type { ArticleRow };
export type Story = StoredStory;

export interface Hit extends Omit<ArticleRow, 'id' | 'chars'> {
  article: string;
  score: number;
  snippet: { start: number; end: number; text: string; highlights: { start: number; end: number }[] };
}

export interface Job {
  id: string;
  kind: string;
  label: string;
  state: 'queued' | 'running' | 'done' | 'failed';
  progress?: { stage: string; read: number; stored: number; skipped: number; done?: number; total?: number };
  result?: Record<string, unknown>;
  error?: string;
}

/** A sentence behind a stance: a span of the article text, with its speaker when it is a quotation. */
export interface Evidence {
  article: string;
  start: number;
  end: number;
  text: string;
  /** set when the span is a range of the title, not of the text */
  field?: 'title';
  speaker?: { text: string; kind: string };
}

export interface CheckResult {
  claim: string;
  searched: number;
  retrieved: number;
  articles: {
    id: string;
    title?: string;
    outlet?: string;
    published?: string;
    stance: 'agree' | 'disagree' | 'discuss';
    score: number;
    rationale: Evidence[];
    origin: string;
    copyOf?: string;
  }[];
  verdict: {
    support: number;
    contradict: number;
    articles: Record<'agree' | 'disagree' | 'discuss' | 'unrelated', number>;
    summary: string;
    strongestContradiction: (Evidence & { origin: string }) | null;
  };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, { ...init, headers: { accept: 'application/json', ...init?.headers } });
  const body = (await res.json().catch(() => ({}))) as { code?: string; message?: string };
  if (!res.ok)
    throw new ApiError(res.status, body.code ?? `HTTP ${res.status}`, body.message ?? res.statusText);
  return body as T;
}

const post = <T>(path: string, body: unknown) =>
  call<T>(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

export const api = {
  stories: () => call<{ stories: Story[] }>('/api/stories'),
  articles: (story?: string) =>
    call<{ articles: ArticleRow[] }>(
      `/api/articles${story ? `?story=${encodeURIComponent(story)}` : '?limit=20'}`,
    ),
  article: (id: string) => call<ArticleFull>(`/api/articles/${encodeURIComponent(id)}`),
  check: (claim: string) => post<CheckResult>('/api/check', { claim }),
  search: (q: string) => call<{ hits: Hit[] }>(`/api/search?q=${encodeURIComponent(q)}`),
  view: (id: string) =>
    call<{ id: string; title: string; html: string; data: unknown }>(
      `/api/stories/${encodeURIComponent(id)}/view`,
    ),
  paste: (body: { text: string; title?: string; outlet?: string; published?: string }) =>
    post<Job>('/api/articles', body),
  upload: (files: FileList) => {
    const form = new FormData();
    for (const f of files) form.append('files', f, f.name);
    return call<Job>('/api/uploads', { method: 'POST', body: form });
  },
  addFeed: (url: string) => post<Job>('/api/feeds', { url }),
  analyse: () => call<Job>('/api/analyses', { method: 'POST' }),
  jobs: () => call<{ jobs: Job[] }>('/api/jobs'),
  exportUrl: (id: string, format: string, table?: string) =>
    `/api/stories/${encodeURIComponent(id)}/export?format=${format}${table ? `&table=${table}` : ''}`,
};
