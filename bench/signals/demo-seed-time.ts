/**
 * How long seeding the demo takes with and without the year of interaction events (the events contributor), at the
 * default demo size and at the e2e size, on in-memory PGlite. Prints one line per run.
 * Run: npx tsx bench/signals/demo-seed-time.ts [people…]
 */
import { createDb } from '../../src/server/db/create-db';
import { demoContributors } from '../../src/server/demo/demo-contributors';
import { seedDemoOrg } from '../../src/server/demo/seed-demo-org';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
for (const people of sizes.length > 0 ? sizes : [60, 400]) {
  for (const withEvents of [false, true]) {
    const db = await createDb({ dataDir: 'memory' });
    const contributors = demoContributors.filter((c) => withEvents || c.name !== 'events');
    const started = performance.now();
    const cpu = process.cpuUsage();
    await seedDemoOrg({ db, people, seed: 7, now: new Date(), contributors });
    const used = process.cpuUsage(cpu);
    console.log(`${people} people, ${withEvents ? 'with' : 'without'} events: ${((performance.now() - started) / 1000).toFixed(1)} s wall, ${((used.user + used.system) / 1e6).toFixed(1)} s CPU`);
    await db.close();
  }
}
