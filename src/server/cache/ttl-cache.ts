/**
 * A small in-memory cache of promised results: entries live `ttlMs` and at most `maxEntries` are kept (the oldest
 * inserted goes first). It holds the promise, so concurrent readers of one key share one computation; a failed
 * computation is not kept. Per process. Keys must start with the org id so one org never reads another's entry.
 */
export class TtlCache<T> {
  private readonly entries = new Map<string, { expiresAt: number; value: Promise<T> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The live entry for `key`, or the value `compute` makes (stored; a failed computation is not kept). */
  get(key: string, compute: () => Promise<T>): Promise<T> {
    const now = this.clock();
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > now) return hit.value;
    if (hit) this.entries.delete(key);
    const value = compute();
    this.entries.set(key, { expiresAt: now + this.ttlMs, value });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return value;
  }

  /** Whether `key` has a live entry (a hit for the next `get`). */
  has(key: string): boolean {
    const hit = this.entries.get(key);
    return hit !== undefined && hit.expiresAt > this.clock();
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }
}
