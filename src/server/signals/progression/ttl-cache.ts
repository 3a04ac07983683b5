/**
 * A small in-memory cache of promised results with a time to live and a size cap (oldest entry out first). It holds
 * the promise, so concurrent readers of the same key share one computation; a failed computation is not kept.
 * In-process only: each server process has its own, which is fine for results that are cheap to recompute once.
 */
export class TtlCache<Value> {
  private readonly entries = new Map<string, { expiresAt: number; value: Promise<Value> }>();

  constructor(private readonly options: { ttlMs: number; maxEntries: number }) {}

  /** The cached value of `key`, or `compute()`'s, stored. `hit` says which. */
  async get(key: string, nowMs: number, compute: () => Promise<Value>): Promise<{ value: Value; hit: boolean }> {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt > nowMs) return { value: await entry.value, hit: true };
    if (entry) this.entries.delete(key);
    const value = compute();
    this.entries.set(key, { expiresAt: nowMs + this.options.ttlMs, value });
    while (this.entries.size > this.options.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    try {
      return { value: await value, hit: false };
    } catch (error) {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
      throw error;
    }
  }

  peek(key: string, nowMs: number): Promise<Value> | undefined {
    const entry = this.entries.get(key);
    return entry && entry.expiresAt > nowMs ? entry.value : undefined;
  }

  get size(): number {
    return this.entries.size;
  }
}
