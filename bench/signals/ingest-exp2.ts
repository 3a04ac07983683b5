import { PGlite } from '@electric-sql/pglite';
const pg = new PGlite();
await pg.exec(`create table orgs (org_id uuid primary key);
insert into orgs values ('00000000-0000-7000-8000-000000000001');`);
const N = 20000;
const ext = Array.from({ length: N }, (_, i) => 'b' + i);
const uuids = Array.from({ length: N }, (_, i) => `00000000-0000-7000-8000-${String(i % 5000).padStart(12, '0')}`);
const ts = Array.from({ length: N }, (_, i) => new Date(1.7e12 + i * 1000).toISOString());
const variants: Record<string, string> = {
  plain: `create table t (org_id uuid not null, external_id text not null, a uuid, b uuid, at timestamptz, ch text, ans timestamptz)`,
  pk: `create table t (org_id uuid not null, external_id text not null, a uuid, b uuid, at timestamptz, ch text, ans timestamptz, primary key (org_id, external_id))`,
  pk_c: `create table t (org_id uuid not null, external_id text collate "C" not null, a uuid, b uuid, at timestamptz, ch text, ans timestamptz, primary key (org_id, external_id))`,
  pk_c_rls: `create table t (org_id uuid not null, external_id text collate "C" not null, a uuid, b uuid, at timestamptz, ch text, ans timestamptz, primary key (org_id, external_id)); alter table t enable row level security; alter table t force row level security; create policy p on t using (org_id = nullif(current_setting('app.org_id', true), '')::uuid) with check (org_id = nullif(current_setting('app.org_id', true), '')::uuid); select set_config('app.org_id', '00000000-0000-7000-8000-000000000001', false)`,
  pk_fk: `create table t (org_id uuid not null references orgs, external_id text not null, a uuid, b uuid, at timestamptz, ch text, ans timestamptz, primary key (org_id, external_id))`,
};
for (const [name, ddl] of Object.entries(variants)) {
  await pg.exec('drop table if exists t; ' + ddl);
  const t = performance.now();
  for (let k = 0; k < 5; k++) {
    await pg.query(`insert into t select '00000000-0000-7000-8000-000000000001', u.* from unnest($1::text[], $2::uuid[], $3::uuid[], $4::timestamptz[], $5::text[], $6::timestamptz[]) u on conflict do nothing`, [ext.map((e) => e + 'k' + k), uuids, uuids, ts, ext.map(() => 'email'), ts]);
  }
  console.log(name, ((5 * N) / ((performance.now() - t) / 1000)).toFixed(0), '/s');
}
// Parameter transfer only
let t = performance.now();
for (let k = 0; k < 5; k++) await pg.query(`select count(*) from unnest($1::text[], $2::uuid[], $3::uuid[], $4::timestamptz[], $5::text[], $6::timestamptz[])`, [ext, uuids, uuids, ts, ext.map(() => 'email'), ts]);
console.log('unnest only', ((5 * N) / ((performance.now() - t) / 1000)).toFixed(0), '/s');
t = performance.now();
const blobText = ext.map((e, i) => `00000000-0000-7000-8000-000000000001\t${e}x\t${uuids[i]}\t${uuids[i]}\t${ts[i]}\temail\t${ts[i]}\n`).join('');
for (let k = 0; k < 5; k++) {
  await pg.exec('drop table if exists s; create temp table s (org_id uuid, external_id text, a uuid, b uuid, at timestamptz, ch text, ans timestamptz)');
  await pg.query(`copy s from '/dev/blob'`, [], { blob: new Blob([blobText]) });
}
console.log('copy blob into temp', ((5 * N) / ((performance.now() - t) / 1000)).toFixed(0), '/s');
