// Caches of the web app for what does not change until the library does: a story's report view
// (the largest is several MB and takes a second or two to build from its analysis) and the
// library's counts. The embedded database runs one statement at a time, so every request saved
// here is time given back to the others.

/**
 * A least-recently-used map bounded by the bytes of its values, not their number: one story's
 * view can be a thousand times the size of another's.
 */
export class ByteLru {
  private readonly entries = new Map<string, string>();
  private used = 0;

  constructor(private readonly maxBytes: number) {}

  /** A JS string of non-Latin text (Arabic) takes two bytes a character in memory. */
  static bytes(value: string): number {
    return value.length * 2;
  }

  get(key: string): string | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    // re-insert: a Map keeps insertion order, so the first entry is the least recently used
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: string, value: string): void {
    const size = ByteLru.bytes(value);
    if (size > this.maxBytes) return;
    this.delete(key);
    this.entries.set(key, value);
    this.used += size;
    for (const [oldest, old] of this.entries) {
      if (this.used <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.used -= ByteLru.bytes(old);
    }
  }

  /** Drop every entry whose key starts with this prefix (one story's older versions). */
  deletePrefix(prefix: string): void {
    for (const key of [...this.entries.keys()]) if (key.startsWith(prefix)) this.delete(key);
  }

  delete(key: string): void {
    const old = this.entries.get(key);
    if (old === undefined) return;
    this.entries.delete(key);
    this.used -= ByteLru.bytes(old);
  }

  get size(): number {
    return this.entries.size;
  }

  get bytesUsed(): number {
    return this.used;
  }
}

/**
 * The value of `load`, computed at most once every `ttlMs`; callers in between share it (and
 * share one computation in flight).
 */
export function shortLived<T>(ttlMs: number, load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  let at = 0;
  return () => {
    if (!value || Date.now() - at > ttlMs) {
      at = Date.now();
      value = load();
      // a failure is not kept: the next caller tries again
      value.catch(() => (value = undefined));
    }
    return value;
  };
}
