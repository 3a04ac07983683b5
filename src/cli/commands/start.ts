import type { Command } from 'commander';
import { createApp, openDatabase } from '../../server/app';
import { loadConfig } from '../../server/config';
import { listDemoSignIns } from '../../server/demo/demo-sign-ins';
import { seedDemoOrg } from '../../server/demo/seed-demo-org';
import { listOrgs } from '../../server/org/list-orgs';
import { fail, note, out } from '../output';

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('Start the Tandem server (seeds a demo organisation into an empty database)')
    .option('--port <port>', 'port to listen on (default: $PORT or 3000)')
    .option('--data-dir <dir>', 'PGlite data directory (default: $DATA_DIR or ./data)')
    .option('--no-demo', 'do not seed a demo organisation into an empty database')
    .action(async (options: { port?: string; dataDir?: string; demo: boolean }) => {
      try {
        const config = loadConfig({
          ...process.env,
          ...(options.port ? { PORT: options.port } : {}),
          ...(options.dataDir ? { DATA_DIR: options.dataDir } : {}),
        });
        const db = await openDatabase(config);
        const orgs = await listOrgs(db);
        if (orgs.length === 0 && options.demo) {
          note(`Seeding a demo organisation of ${config.demoPeople} people…`);
          await seedDemoOrg({ db, people: config.demoPeople, seed: config.demoSeed, now: new Date() });
        }
        const app = await createApp(config, db);
        const address = await app.server.listen({ port: config.port, host: config.host });
        const shutdown = async () => {
          await app.close();
          await db.close();
          process.exit(0);
        };
        process.once('SIGINT', shutdown);
        process.once('SIGTERM', shutdown);

        out('');
        out(`Tandem is running at ${address.replace('127.0.0.1', 'localhost')}  (database: ${db.kind}, ${db.location})`);
        if (!app.servesWeb) out('The web app is not built: run `npm run build:web` (npm start does it for you). The API works meanwhile.');
        for (const demo of await listDemoSignIns(db)) {
          out('');
          out(`Demo sign-ins for ${demo.orgName} (password for all: ${demo.password}):`);
          for (const user of demo.users) out(`  ${user.role.padEnd(8)} ${user.email.padEnd(44)} ${user.name}${user.side ? ` (${user.side})` : ''}`);
        }
        out('');
        out('Press Ctrl+C to stop.');
      } catch (error) {
        fail('start', error);
        process.exit(1);
      }
    });
}
