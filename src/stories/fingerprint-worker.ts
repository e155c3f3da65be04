// Worker-thread entry for the fingerprint pool (pool.ts): one RawDoc in, its Fingerprint out.
import type { RawDoc } from '../ingest/types.js';
import { fingerprint } from './fingerprint.js';

export default function fingerprintInWorker(doc: RawDoc) {
  return fingerprint(doc);
}
