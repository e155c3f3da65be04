// Adding to the library: paste, upload, feed, analyse; the jobs they start, with their progress.
import { APP_LABELS, RESULT_LABELS, type AppLabelKey, type Bilingual } from '../../labels.js';
import { api, ApiError, type Job } from './api.js';
import { A, bi, h, show } from './dom.js';

// how often the page asks for the progress of running jobs
const POLL_MS = 500;
let polling: number | undefined;

function field(id: string, label: AppLabelKey, control: HTMLElement): HTMLElement {
  control.id = id;
  return h('p', { class: 'field' }, h('label', { for: id }, A(label)), control);
}

/** Where a running job is: its stage, n of m where known, articles stored so far. */
function stageText(job: Job): Bilingual {
  const p = job.progress;
  if (!p) return APP_LABELS[job.state];
  const stage = APP_LABELS[`stage_${p.stage}` as AppLabelKey] ?? { ar: p.stage, en: p.stage };
  const count = p.total ? ` ${p.done}/${p.total}` : '';
  const { stored, skipped } = RESULT_LABELS;
  return {
    ar: `${stage.ar}${count} — ${stored.ar} ${p.stored}، ${skipped.ar} ${p.skipped}`,
    en: `${stage.en}${count} — ${stored.en} ${p.stored}, ${skipped.en} ${p.skipped}`,
  };
}

/** A finished job in words: "stored 3, already there 0, …", and its problems one per line. */
function resultOf(job: Job): HTMLElement {
  if (job.error) return h('p', { class: 'alert', dir: 'auto' }, job.error);
  const r = job.result ?? {};
  const parts = Object.entries(RESULT_LABELS)
    .filter(([key]) => r[key] !== undefined && r[key] !== '')
    .map(([key, label]) => ({ ar: `${label.ar} ${String(r[key])}`, en: `${label.en} ${String(r[key])}` }));
  const problems = Array.isArray(r.problems) ? (r.problems as string[]) : [];
  return h(
    'div',
    { class: 'result' },
    h(
      'p',
      { class: 'tag' },
      bi({ ar: parts.map((p) => p.ar).join('، '), en: parts.map((p) => p.en).join(', ') }),
    ),
    problems.length
      ? h('ul', { class: 'problems', dir: 'ltr' }, ...problems.map((p) => h('li', {}, p)))
      : null,
  );
}

function jobItem(job: Job): HTMLElement {
  const p = job.progress;
  const finished = job.state === 'done' || job.state === 'failed';
  const bar = h('progress', { max: '1', 'aria-label': job.label });
  if (finished) bar.value = 1;
  else if (p?.total) bar.value = (p.done ?? 0) / p.total;
  return h(
    'li',
    { class: `job ${job.state}`, 'data-job': job.id, 'data-state': job.state },
    h('span', { class: 'job-label', dir: 'auto' }, job.label),
    ' ',
    h('span', { class: 'state' }, A(job.state)),
    bar,
    finished ? resultOf(job) : h('span', { class: 'tag' }, bi(stageText(job))),
  );
}

async function refreshJobs(): Promise<void> {
  const list = document.getElementById('jobs-list');
  if (!list) return stopPolling();
  const { jobs } = await api.jobs();
  list.replaceChildren(...jobs.map(jobItem));
  if (!jobs.some((j) => j.state === 'queued' || j.state === 'running')) stopPolling();
}

function stopPolling(): void {
  if (polling !== undefined) clearInterval(polling);
  polling = undefined;
}

function watchJobs(): void {
  void refreshJobs();
  polling ??= window.setInterval(() => void refreshJobs().catch(stopPolling), POLL_MS);
}

/** A form whose submit starts a job; errors show in the form's alert line. */
function jobForm(
  id: string,
  title: AppLabelKey,
  fields: HTMLElement[],
  submit: AppLabelKey,
  start: () => Promise<Job>,
): HTMLElement {
  const alert = h('p', { class: 'alert', role: 'alert' });
  const form = h(
    'form',
    { id, 'aria-labelledby': `${id}-h` },
    h('h2', { id: `${id}-h` }, A(title)),
    ...fields,
    h('button', { type: 'submit' }, A(submit)),
    alert,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    alert.textContent = '';
    start()
      .then(() => {
        form.reset();
        watchJobs();
      })
      .catch((err: unknown) => {
        alert.textContent = err instanceof ApiError ? `${err.message} [${err.code}]` : String(err);
      });
  });
  return form;
}

function pasteForm(): HTMLElement {
  const title = h('input', { type: 'text', dir: 'auto' });
  const outlet = h('input', { type: 'text', dir: 'auto' });
  const published = h('input', { type: 'date' });
  const text = h('textarea', { rows: '8', required: true, dir: 'rtl', lang: 'ar' });
  return jobForm(
    'paste',
    'paste',
    [
      field('paste-title', 'title', title),
      field('paste-outlet', 'outlet', outlet),
      field('paste-date', 'published', published),
      field('paste-text', 'text', text),
    ],
    'addArticle',
    () =>
      api.paste({
        text: text.value,
        ...(title.value ? { title: title.value } : {}),
        ...(outlet.value ? { outlet: outlet.value } : {}),
        ...(published.value ? { published: published.value } : {}),
      }),
  );
}

function uploadForm(): HTMLElement {
  const files = h('input', {
    type: 'file',
    multiple: true,
    required: true,
    accept: '.txt,.html,.htm,.json,.jsonl,.ndjson,.zip,.xml,.rss,.atom',
  });
  return jobForm('upload', 'upload', [field('upload-files', 'files', files)], 'uploadButton', () =>
    api.upload(files.files!),
  );
}

function feedForm(): HTMLElement {
  const url = h('input', { type: 'url', required: true, dir: 'ltr' });
  return jobForm('feed', 'feeds', [field('feed-url', 'feedUrl', url)], 'addFeed', () =>
    api.addFeed(url.value),
  );
}

function analyseForm(): HTMLElement {
  return jobForm('analyse', 'analyse', [h('p', { class: 'hint' }, A('analyseHint'))], 'analyse', () =>
    api.analyse(),
  );
}

export async function addView(): Promise<void> {
  show(
    h('h1', {}, A('add')),
    // the jobs first, so that a job's progress shows where the person is looking
    h(
      'section',
      { 'aria-labelledby': 'h-jobs', class: 'jobs-box' },
      h('h2', { id: 'h-jobs' }, A('jobs')),
      h('ul', { id: 'jobs-list', class: 'jobs', 'aria-live': 'polite' }),
    ),
    h('div', { class: 'add-forms' }, uploadForm(), pasteForm(), feedForm(), analyseForm()),
  );
  watchJobs();
}
