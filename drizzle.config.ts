import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  /** Every schema file: a new one is picked up without touching this list. */
  schema: './src/server/db/schema*.ts',
  out: './src/server/db/migrations',
});
