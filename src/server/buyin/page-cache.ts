/**
 * A small least-recently-used map, per process, for the initiative page (get-initiative.ts). Keys carry the
 * initiative's revision, which database triggers bump in the same transaction as any write the page shows
 * (migration buyin_page_revision), so an entry is never stale: a write makes a new key and the old entry ages out.
 */
export class LruCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly maxEntries: number) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    // Map keeps insertion order, so re-inserting makes this the most recently used and the first key the least.
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  /** Drops every entry the predicate selects (rare writes such as a deactivation; the map is bounded). */
  deleteWhere(select: (value: V, key: string) => boolean): void {
    for (const [key, value] of this.entries) if (select(value, key)) this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

export const pageKey = (parts: ReadonlyArray<string | number | null>) => parts.map((p) => p ?? '').join('|');
