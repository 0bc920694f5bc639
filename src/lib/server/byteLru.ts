// A least-recently-used map of strings bounded by their total size, not their count: one province
// view can be a hundred times a small ranking, so a count says little about memory.

export class ByteLru<V = string> {
  // A Map iterates in insertion order: re-inserting on use keeps the least recent first.
  private entries = new Map<string, V>();
  private used = 0;

  /** `measure`: bytes held by one entry (strings by default; cached responses give their byte length). */
  constructor(
    readonly maxBytes: number,
    private measure: (key: string, value: V) => number = ByteLru.sizeOf as unknown as (key: string, value: V) => number
  ) {}

  /** UTF-16 strings: two bytes a code unit, as V8 holds non-Latin-1 text (Vietnamese names). */
  static sizeOf(key: string, value: string): number {
    return 2 * (key.length + value.length);
  }

  get(key: string): V | undefined {
    const v = this.entries.get(key);
    if (v === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, v);
    return v;
  }

  set(key: string, value: V): void {
    this.delete(key);
    const size = this.measure(key, value);
    // Larger than the whole budget: not kept, rather than emptying the cache for it.
    if (size > this.maxBytes) return;
    this.entries.set(key, value);
    this.used += size;
    for (const [k] of this.entries) {
      if (this.used <= this.maxBytes) break;
      this.delete(k);
    }
  }

  delete(key: string): void {
    const v = this.entries.get(key);
    if (v === undefined) return;
    this.entries.delete(key);
    this.used -= this.measure(key, v);
  }

  clear(): void {
    this.entries.clear();
    this.used = 0;
  }

  get bytes(): number {
    return this.used;
  }

  get size(): number {
    return this.entries.size;
  }
}
