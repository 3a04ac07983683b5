import type { Command } from 'commander';
import { openDatabase } from '../../server/app';
import { loadConfig } from '../../server/config';
import { DEMO_PASSWORD, seedDemoOrg } from '../../server/demo/seed-demo-org';
import { fail, note, out } from '../output';

const positiveInt = (name: string, min: number, max: number) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} takes a whole number from ${min} to ${max}.`);
  return n;
};

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('Add a deterministic demo organisation (people, users, dyads and every module’s demo data)')
    .option('--people <n>', 'number of people', positiveInt('people', 10, 100_000), 400)
    .option('--seed <s>', 'random seed: the same seed gives the same organisation', positiveInt('seed', 0, 2 ** 31 - 1), 7)
    .action(async (options: { people: number; seed: number }) => {
      let db;
      try {
        db = await openDatabase(loadConfig());
        const started = Date.now();
        const result = await seedDemoOrg({ db, people: options.people, seed: options.seed, now: new Date(), onProgress: note });
        out(`Created demo organisation "${result.orgName}" with ${options.people} people in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
        out(`Sign-ins (password ${DEMO_PASSWORD}):`);
        for (const s of result.signIns) out(`  ${s.role.padEnd(8)} ${s.email.padEnd(44)} ${s.who}`);
      } catch (error) {
        fail('demo', error);
      } finally {
        await db?.close();
      }
    });
}
