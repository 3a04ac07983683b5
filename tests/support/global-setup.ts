import type { TestProject } from 'vitest/node';
import { ensurePgliteTemplate } from './pglite-template';

/** Builds (or reuses) one migrated PGlite template per migration set; every test database loads it. */
export default async function setup(project: TestProject) {
  project.provide('pgliteTemplatePath', await ensurePgliteTemplate());
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplatePath: string;
  }
}
