import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { openDatabase } from '../../server/app';
import { loadConfig } from '../../server/config';
import { createOrg } from '../../server/org/create-org';
import { listOrgs } from '../../server/org/list-orgs';
import { fail, out } from '../output';

export function registerOrgCommand(program: Command): void {
  const org = program.command('org').description('Organisations on this database');
  org
    .command('create')
    .description('Create an empty organisation with its first admin (password from $TANDEM_ADMIN_PASSWORD, or generated and printed)')
    .requiredOption('--name <name>', 'organisation name')
    .requiredOption('--admin-email <email>', "the first admin's e-mail (their sign-in)")
    .option('--admin-name <name>', "the first admin's name", 'Administrator')
    .action(async (options: { name: string; adminEmail: string; adminName: string }) => {
      let db;
      try {
        db = await openDatabase(loadConfig());
        const generated = process.env.TANDEM_ADMIN_PASSWORD ? undefined : randomBytes(12).toString('base64url');
        const adminPassword = process.env.TANDEM_ADMIN_PASSWORD ?? (generated as string);
        const created = await createOrg(db, { name: options.name, adminEmail: options.adminEmail, adminName: options.adminName, adminPassword });
        out(`Created organisation "${options.name}" (slug ${created.slug}).`);
        out(`Sign in as ${options.adminEmail.toLowerCase()}${generated ? ` with the password ${generated} (shown once; change it by adding a new admin)` : ''}.`);
      } catch (error) {
        fail('org create', error);
      } finally {
        await db?.close();
      }
    });
  org
    .command('list')
    .description('List the organisations (slug, name)')
    .action(async () => {
      let db;
      try {
        db = await openDatabase(loadConfig());
        for (const o of await listOrgs(db)) out(`${o.slug}\t${o.name}${o.demo ? '\t(demo)' : ''}`);
      } catch (error) {
        fail('org list', error);
      } finally {
        await db?.close();
      }
    });
}
