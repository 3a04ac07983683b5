import { Readable } from 'node:stream';
import { parse, CsvError } from 'csv-parse';
import { limits } from '../../shared/limits';
import { invalidInput } from '../errors';

export interface CsvTable {
  headers: string[];
  rows: string[][];
}

/**
 * Reads a CSV (UTF-8, optional byte-order mark, LF or CRLF, quoted fields) into a header and rows, streaming so a
 * large file does not block the server. Row counts past `maxRows` stop the read with a clear error.
 */
export async function readCsv(source: Readable | Buffer | string, maxRows: number = limits.importRows): Promise<CsvTable> {
  const input = typeof source === 'string' || Buffer.isBuffer(source) ? Readable.from([source]) : source;
  const parser = input.pipe(
    parse({ bom: true, skip_empty_lines: true, relax_column_count: true, trim: true, max_record_size: 64 * 1024 }),
  );
  let headers: string[] | undefined;
  const rows: string[][] = [];
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      if (!headers) {
        headers = record;
        continue;
      }
      if (rows.length >= maxRows) {
        input.destroy();
        throw invalidInput(`The file has more than ${maxRows.toLocaleString('en')} data rows. Split it into smaller files.`);
      }
      rows.push(record);
    }
  } catch (error) {
    if (error instanceof CsvError) {
      const where = 'lines' in error && typeof error.lines === 'number' ? ` near line ${error.lines}` : '';
      throw invalidInput(`The file is not valid CSV${where}: ${error.message.replace(/^Invalid Record Length: |^Invalid /, '')}`);
    }
    throw error;
  }
  if (!headers || headers.every((h) => h === '')) throw invalidInput('The file is empty: it needs a header row and at least one person.');
  return { headers, rows };
}
