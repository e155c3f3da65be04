// Long work the web app starts (an ingest, an analysis) runs as a job: one at a time, in order,
// because the embedded library runs one statement at a time anyway and two ingests would only
// interleave their batches. The app polls a job's progress; finished jobs are kept for a while so
// that a page reloaded after the end still sees the result.
import type { IngestProgress } from '../library/ingest.js';

export type JobState = 'queued' | 'running' | 'done' | 'failed';

export interface Job {
  id: string;
  kind: 'ingest' | 'analyze';
  /** what the job works on, in a few words (file names, a feed URL, "pasted article") */
  label: string;
  state: JobState;
  progress?: IngestProgress;
  result?: Record<string, unknown>;
  error?: string;
  created: string;
  finished?: string;
}

export type JobWork = (progress: (p: IngestProgress) => void) => Promise<Record<string, unknown>>;

// finished jobs remembered: enough for a session's history, bounded so a long-running server stays small
const KEEP_FINISHED = 100;

export class JobRunner {
  private readonly jobs = new Map<string, Job>();
  private chain: Promise<void> = Promise.resolve();
  private next = 1;

  /** Queue work; returns the job at once (state queued). */
  start(kind: Job['kind'], label: string, work: JobWork): Job {
    const job: Job = {
      id: `j${this.next++}`,
      kind,
      label,
      state: 'queued',
      created: new Date().toISOString(),
    };
    this.jobs.set(job.id, job);
    this.chain = this.chain.then(() => this.run(job, work));
    this.forgetOld();
    return job;
  }

  get(id: string): Job | undefined {
    return this.jobs.get(id);
  }

  /** Newest first. */
  list(): Job[] {
    return [...this.jobs.values()].reverse();
  }

  /** Resolves when every job queued so far has finished (used on shutdown and by tests). */
  idle(): Promise<void> {
    return this.chain;
  }

  private async run(job: Job, work: JobWork): Promise<void> {
    job.state = 'running';
    try {
      job.result = await work((p) => (job.progress = { ...p }));
      job.state = 'done';
    } catch (e) {
      job.state = 'failed';
      job.error = (e as Error).message;
    } finally {
      job.finished = new Date().toISOString();
    }
  }

  private forgetOld(): void {
    const finished = [...this.jobs.values()].filter((j) => j.finished);
    for (const j of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(j.id);
  }
}
