import fs from 'node:fs';
import type { Command } from 'commander';
import { BUILTIN_CODEBOOK } from '../../domain/research/codebook/builtin-codebook';
import { openDatabase } from '../../server/app';
import { loadConfig } from '../../server/config';
import type { Database } from '../../server/db/create-db';
import { builtinCodebookQdc } from '../../server/research/builtin-codebook-qdc';
import { exportCodebook, exportProject } from '../../server/research/export-project';
import { cliContext } from '../org-context';
import { fail, out } from '../output';

async function withDb(command: string, work: (db: Database) => Promise<void>): Promise<void> {
  let db: Database | undefined;
  try {
    db = await openDatabase(loadConfig());
    await work(db);
  } catch (error) {
    fail(command, error);
  } finally {
    await db?.close();
  }
}

export function registerResearchCommands(program: Command): void {
  program
    .command('codebook')
    .description('Research codebooks')
    .command('export')
    .argument('<file>', 'the .qdc file to write')
    .description(`Export a codebook as REFI-QDA .qdc: a project's (--project) or the built-in SMI codebook (${BUILTIN_CODEBOOK.length} constructs)`)
    .option('--project <id>', 'the research project whose codebook to export')
    .option('--org <slug>', 'the organisation (when there are several)')
    .action(async (file: string, options: { project?: string; org?: string }) => {
      if (!options.project) {
        fs.writeFileSync(file, builtinCodebookQdc());
        out(`Wrote the built-in codebook to ${file}.`);
        return;
      }
      await withDb('codebook export', async (db) => {
        const exported = await exportCodebook(await cliContext(db, options.org), options.project as string);
        fs.writeFileSync(file, exported.xml);
        out(`Wrote the codebook of project ${options.project} to ${file}.`);
      });
    });

  program
    .command('project')
    .description('Research projects')
    .command('export')
    .argument('<id>', 'the research project id')
    .argument('<file>', 'the .qdpx file to write')
    .description('Export a research project as REFI-QDA .qdpx (codes, sources, codings by coder, memos, informants as cases)')
    .option('--org <slug>', 'the organisation (when there are several)')
    .action(async (id: string, file: string, options: { org?: string }) => {
      await withDb('project export', async (db) => {
        const exported = await exportProject(await cliContext(db, options.org), id);
        fs.writeFileSync(file, exported.bytes);
        out(`Wrote project ${id} to ${file} (${exported.bytes.length.toLocaleString('en')} bytes).`);
      });
    });
}
