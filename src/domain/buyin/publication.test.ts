import { describe, expect, it } from 'vitest';
import { resultsPublished } from './publication';

const closesAt = new Date('2026-12-03T17:00:00Z');

describe('when a pulse publishes its results', () => {
  it('keeps results back while the pulse is open', () => {
    expect(resultsPublished({ closedAt: null, closesAt }, new Date('2026-12-03T16:59:59Z'))).toBe(false);
  });

  it('publishes them once the closing time has passed, even if nobody closed it by hand', () => {
    expect(resultsPublished({ closedAt: null, closesAt }, new Date('2026-12-03T17:00:00Z'))).toBe(true);
  });

  it('publishes them as soon as someone closes the pulse early', () => {
    expect(resultsPublished({ closedAt: new Date('2026-11-30T09:00:00Z'), closesAt }, new Date('2026-11-30T09:00:01Z'))).toBe(true);
  });
});
