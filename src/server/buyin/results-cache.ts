/**
 * Computed pulse results, kept per process and keyed by the pulse's answers version (bumped by every answer, change
 * or deletion) and the reporting minimum, so an entry is never stale: a new answer makes a new key. The invited
 * list and each invitee's place in the hierarchy are fixed when the pulse opens, so nothing else changes results.
 * Bounded: the oldest entries go first.
 */
const MAX_ENTRIES = 2_000;
const entries = new Map<string, unknown>();

export function cachedResult<T>(key: string, compute: () => Promise<T>): Promise<T> {
  if (entries.has(key)) {
    const value = entries.get(key) as T;
    // Refresh its place: Map keeps insertion order, so the first key is the least recently used.
    entries.delete(key);
    entries.set(key, value);
    return Promise.resolve(value);
  }
  return compute().then((value) => {
    entries.set(key, value);
    if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
    return value;
  });
}

export const resultsKey = (parts: ReadonlyArray<string | number | null | undefined>) => parts.map((p) => p ?? '').join('|');
