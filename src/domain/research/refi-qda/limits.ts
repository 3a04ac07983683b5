const MB = 1024 * 1024;

/** Ceilings applied while reading REFI-QDA files; every one can be lowered (or raised) per call. */
export interface QdaImportLimits {
  /** Largest `.qdpx` archive accepted, in bytes. */
  maxArchiveBytes: number;
  /** Largest XML document (`project.qde` or `.qdc`) accepted, in bytes. */
  maxXmlBytes: number;
  /**
   * Most bytes the archive may inflate to, counting only the entries actually read (`project.qde` and the text
   * files it points at). Checked against the sizes the archive declares before inflating, and again while inflating.
   */
  maxUncompressedBytes: number;
}

export const DEFAULT_QDA_IMPORT_LIMITS: QdaImportLimits = {
  maxArchiveBytes: 50 * MB,
  maxXmlBytes: 20 * MB,
  maxUncompressedBytes: 200 * MB,
};

export function resolveImportLimits(overrides: Partial<QdaImportLimits> | undefined): QdaImportLimits {
  return { ...DEFAULT_QDA_IMPORT_LIMITS, ...overrides };
}

export function describeBytes(bytes: number): string {
  return bytes >= MB ? `${(bytes / MB).toFixed(bytes % MB === 0 ? 0 : 1)} MB` : `${bytes} bytes`;
}
