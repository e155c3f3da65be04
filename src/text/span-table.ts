// A table of values keyed by a run of a text's code units, read in place: a key met before costs
// neither a new string (text.slice) nor the hashing of a fresh string by a Map. Open addressing over
// FNV-1a hashes, at most half full; it starts small and doubles, and starts again (empty) past
// `maxKeys`, so memory stays bounded on huge corpora.

const FIRST_SIZE = 1 << 12;

/** FNV-1a hash of text's code units [a, b). */
export function spanHash(text: string, a: number, b: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = a; i < b; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

export class SpanTable<V> {
  private size = FIRST_SIZE;
  private keys: (string | undefined)[] = new Array<string | undefined>(FIRST_SIZE).fill(undefined);
  private hashes = new Int32Array(FIRST_SIZE);
  private values: (V | undefined)[] = new Array<V | undefined>(FIRST_SIZE).fill(undefined);
  private count = 0;

  constructor(private readonly maxKeys = 200_000) {}

  /** The value kept for the key text[a, b), undefined when none. */
  get(text: string, a: number, b: number): V | undefined {
    const h = spanHash(text, a, b);
    const n = b - a;
    const mask = this.size - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const w = this.keys[s];
      if (w === undefined) return undefined;
      if (this.hashes[s] !== h || w.length !== n) continue;
      let k = 0;
      while (k < n && w.charCodeAt(k) === text.charCodeAt(a + k)) k++;
      if (k === n) return this.values[s];
    }
  }

  /** Keep value for the key (a key not in the table: call get first). */
  add(key: string, value: V): void {
    if (this.count >= this.maxKeys) this.resize(FIRST_SIZE, false);
    else if (2 * (this.count + 1) > this.size) this.resize(2 * this.size, true);
    this.put(key, spanHash(key, 0, key.length), value);
  }

  /** Forget every key. */
  clear(): void {
    this.resize(FIRST_SIZE, false);
  }

  private put(key: string, h: number, value: V | undefined): void {
    const mask = this.size - 1;
    let s = h & mask;
    while (this.keys[s] !== undefined) s = (s + 1) & mask;
    this.keys[s] = key;
    this.hashes[s] = h;
    this.values[s] = value;
    this.count++;
  }

  private resize(next: number, keep: boolean): void {
    const { keys, hashes, values } = this;
    this.size = next;
    this.keys = new Array<string | undefined>(next).fill(undefined);
    this.hashes = new Int32Array(next);
    this.values = new Array<V | undefined>(next).fill(undefined);
    this.count = 0;
    if (!keep) return;
    for (let k = 0; k < keys.length; k++) if (keys[k] !== undefined) this.put(keys[k]!, hashes[k], values[k]);
  }
}
