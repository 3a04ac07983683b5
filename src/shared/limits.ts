/** Limits shared by the server and the web client, so both say the same thing. */
export const limits = {
  /** Largest people CSV accepted over HTTP. The CLI streams files of any size. */
  importFileBytes: 32 * 1024 * 1024,
  /** Largest number of data rows in one people import. */
  importRows: 200_000,
  /** Rows shown in an import preview. */
  importPreviewRows: 50,
  /** Errors listed in one import answer; the total is always given. */
  importErrorsListed: 200,
  /** Largest research file over HTTP: a .qdpx project, a .qdc codebook or a transcript. */
  researchFileBytes: 50 * 1024 * 1024,
  /** Most events in one POST /api/events/batch; files of any size go through `tandem import events`. */
  eventBatchMax: 10_000,
  /** Largest body of one event batch. */
  eventBatchBytes: 8 * 1024 * 1024,
  /** Rejections and unknown people listed in one ingest report; the totals are always given. */
  eventRejectionsListed: 100,
  /** Largest number of pair-day rows in one rollup answer. */
  rollupRowsMax: 10_000,
  /** Most people drawn in one network answer; beyond it the most strongly tied are kept and `truncated` is set. */
  networkNodesMax: 1_500,
  /** Largest date range of a rollup query, in days. */
  rollupRangeDays: 400,
  /** Largest JSON request body. */
  jsonBodyBytes: 1024 * 1024,
  /** Longest comment, question, reason or note a person can write (a 1 MB paste is refused with this limit named). */
  commentMaxLength: 10_000,
  /** Largest evidence file attached to an initiative. */
  evidenceFileBytes: 10 * 1024 * 1024,
  passwordMinLength: 12,
  passwordMaxLength: 256,
  nameMaxLength: 200,
  emailMaxLength: 254,
  searchMaxLength: 100,
  pageSizeMax: 200,
} as const;
