import { z } from 'zod';
import { personFunction, level } from './org';

export const importIssue = z.object({
  /** 1-based line number in the file (the header is line 1). Absent for file-level problems. */
  row: z.number().int().optional(),
  column: z.string().optional(),
  message: z.string(),
});
export type ImportIssue = z.infer<typeof importIssue>;

export const previewRow = z.object({
  row: z.number().int(),
  name: z.string(),
  email: z.string(),
  function: personFunction.nullable(),
  level: level.nullable(),
  managerEmail: z.string().nullable(),
  region: z.string().nullable(),
  title: z.string().nullable(),
  active: z.boolean(),
  action: z.enum(['create', 'update']),
  errors: z.array(z.string()),
});
export type PreviewRow = z.infer<typeof previewRow>;

export const importReport = z.object({
  totalRows: z.number().int(),
  creates: z.number().int(),
  updates: z.number().int(),
  /** Which file column fed which field. */
  mapping: z.record(z.string(), z.string()),
  ignoredColumns: z.array(z.string()),
  errorCount: z.number().int(),
  errors: z.array(importIssue),
  preview: z.array(previewRow),
  /** True when the import was written (never with errors or on a dry run). */
  written: z.boolean(),
});
export type ImportReport = z.infer<typeof importReport>;
