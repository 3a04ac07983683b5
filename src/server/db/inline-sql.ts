import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';

const dialect = new PgDialect();

/**
 * A query as one text with its parameters written as literals, for PGlite's single-round-trip `exec` (which takes
 * no parameters). Only plain values are accepted; strings are quoted by doubling single quotes, which is exact under
 * standard_conforming_strings (on since PostgreSQL 9.1 and in PGlite). Drizzle numbers its placeholders `$1…$n`
 * and the query texts this is used for hold no `$` of their own.
 */
export function inlineSql(query: SQL): string {
  const { sql: text, params } = dialect.sqlToQuery(query);
  return text.replace(/\$(\d+)\b/g, (_, index: string) => sqlLiteral(params[Number(index) - 1]));
}

export function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string' && !value.includes('\0')) return `'${value.replaceAll("'", "''")}'`;
  throw new Error(`Cannot write a ${typeof value} parameter as an SQL literal.`);
}
