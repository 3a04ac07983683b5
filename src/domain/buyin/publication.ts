/**
 * A pulse's results are published once it has closed — by hand or because its closing time has passed. While it is
 * open only the response count is shown: results that moved with each answer would let someone who knows who just
 * answered work out that person's answer by comparing two readings (a subtraction the reporting minimum cannot stop).
 */
export function resultsPublished(pulse: { closedAt: Date | null; closesAt: Date }, now: Date): boolean {
  return pulse.closedAt !== null || pulse.closesAt.getTime() <= now.getTime();
}
