import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pgliteTemplate } from '../../src/server/db/create-db';

const root = fileURLToPath(new URL('../..', import.meta.url));
const migrations = path.join(root, 'src/server/db/migrations');

function migrationsHash(): string {
  const hash = createHash('sha256');
  for (const file of fs.readdirSync(migrations, { recursive: true }).map(String).sort()) {
    const full = path.join(migrations, file);
    if (fs.statSync(full).isFile()) hash.update(file).update(fs.readFileSync(full));
  }
  return hash.digest('hex').slice(0, 16);
}

/** Initdb in PGlite takes seconds; a migrated dump, cached by the migrations' hash, loads in about one. */
export async function ensurePgliteTemplate(): Promise<string> {
  const dir = path.join(root, 'node_modules/.cache/tandem');
  const file = path.join(dir, `pglite-template-${migrationsHash()}.tar`);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dir, { recursive: true });
    const dump = await pgliteTemplate();
    const temporary = `${file}.${process.pid}`;
    fs.writeFileSync(temporary, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(temporary, file);
  }
  return file;
}
