import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { DuckDBInstance } from '@duckdb/node-api';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';

const log = (line: string) => process.stdout.write(`${line}\n`);

export interface DuckdbFigures {
  duckdbSeconds: number;
  loadSeconds: number;
  /** The DuckDB rollups equal Postgres's (row counts and column sums of both rollups). */
  sameAsPostgres: boolean;
}

/**
 * Exports an org's events and people from Postgres to CSV once, loads them into DuckDB, and times DuckDB computing
 * the same two rollups with the same rules as src/server/signals/rollups-repository.ts (join people, UTC day, ISO
 * week, whole response seconds, both sides of cross-function events). Then compares the totals with Postgres's.
 */
export async function benchDuckdb(url: string, orgId: string, dir: string): Promise<DuckdbFigures> {
  const eventsFile = path.join(dir, 'events.csv');
  const peopleFile = path.join(dir, 'people.csv');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const exportStarted = performance.now();
  const copyOut = async (query: string, file: string) => pipeline(client.query(copyTo(`copy (${query}) to stdout with (format csv, header true)`)), fs.createWriteStream(file));
  await copyOut(`select initiator_id, recipient_id, (extract(epoch from occurred_at) * 1000)::bigint as occurred_ms,
    (extract(epoch from answered_at) * 1000)::bigint as answered_ms from signal_events where org_id = '${orgId}'`, eventsFile);
  await copyOut(`select id, function, level, region from people where org_id = '${orgId}'`, peopleFile);
  log(`DuckDB: exported events to CSV once in ${((performance.now() - exportStarted) / 1000).toFixed(1)} s (${(fs.statSync(eventsFile).size / 1e6).toFixed(0)} MB)`);

  const instance = await DuckDBInstance.create(':memory:');
  const duck = await instance.connect();
  const loadStarted = performance.now();
  await duck.run(`create table events as select * from read_csv('${eventsFile}', header = true, columns = {'initiator_id': 'UUID', 'recipient_id': 'UUID', 'occurred_ms': 'BIGINT', 'answered_ms': 'BIGINT'})`);
  await duck.run(`create table people as select * from read_csv('${peopleFile}', header = true, columns = {'id': 'UUID', 'function': 'VARCHAR', 'level': 'VARCHAR', 'region': 'VARCHAR'})`);
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  log(`DuckDB: loaded in ${loadSeconds.toFixed(1)} s`);

  const started = performance.now();
  await duck.run(`create temp table ev as
    select e.initiator_id, e.recipient_id, e.occurred_ms, e.answered_ms,
      cast(make_timestamp(e.occurred_ms * 1000) as date) as day,
      cast(date_trunc('week', make_timestamp(e.occurred_ms * 1000)) as date) as week_start,
      case when e.answered_ms is null then 0 else floor((e.answered_ms - e.occurred_ms) / 1000)::bigint end as response_seconds,
      pi.function as i_function, pi.level as i_level, coalesce(pi.region, '(none)') as i_unit,
      pr.function as r_function, pr.level as r_level, coalesce(pr.region, '(none)') as r_unit,
      ((pi.function = 'sales' and pr.function = 'marketing') or (pi.function = 'marketing' and pr.function = 'sales')) as cross_function
    from events e join people pi on pi.id = e.initiator_id join people pr on pr.id = e.recipient_id`);
  await duck.run(`create table pair_days as
    select initiator_id, recipient_id, day, count(*) as events, count(answered_ms) as answered, count(*) - count(answered_ms) as unanswered,
      sum(response_seconds) as response_seconds_sum, max(occurred_ms) as last_ms, bool_or(cross_function) as cross_function
    from ev group by initiator_id, recipient_id, day`);
  await duck.run(`create table unit_weeks as
    select unit, level, function, week_start, sum(initiated) as initiated, sum(outreach) as outreach, sum(outreach_answered) as outreach_answered,
      sum(outreach_unanswered) as outreach_unanswered, sum(outreach_seconds) as outreach_seconds, sum(inbound) as inbound,
      sum(inbound_answered) as inbound_answered, sum(inbound_unanswered) as inbound_unanswered, sum(inbound_seconds) as inbound_seconds
    from (
      select i_unit as unit, i_level as level, i_function as function, week_start, 1 as initiated, cross_function::int as outreach,
        (cross_function and answered_ms is not null)::int as outreach_answered, (cross_function and answered_ms is null)::int as outreach_unanswered,
        case when cross_function then response_seconds else 0 end as outreach_seconds, 0 as inbound, 0 as inbound_answered, 0 as inbound_unanswered, 0 as inbound_seconds
      from ev
      union all
      select r_unit, r_level, r_function, week_start, 0, 0, 0, 0, 0, 1, (answered_ms is not null)::int, (answered_ms is null)::int, response_seconds
      from ev where cross_function
    ) sides group by unit, level, function, week_start`);
  const duckdbSeconds = (performance.now() - started) / 1000;
  log(`DuckDB: both rollups in ${duckdbSeconds.toFixed(2)} s`);

  const duckTotals = (await duck.runAndReadAll(`select
      (select count(*) from pair_days)::bigint, (select sum(events) from pair_days)::bigint, (select sum(response_seconds_sum) from pair_days)::bigint,
      (select count(*) from unit_weeks)::bigint, (select sum(outreach) from unit_weeks)::bigint, (select sum(inbound_seconds) from unit_weeks)::bigint`)).getRows()[0]?.map(String);
  const pgTotals = (await client.query({ rowMode: 'array', text: `select
      (select count(*) from signal_pair_days where org_id = $1), (select sum(events) from signal_pair_days where org_id = $1),
      (select sum(response_seconds_sum) from signal_pair_days where org_id = $1),
      (select count(*) from signal_unit_weeks where org_id = $1), (select sum(outreach) from signal_unit_weeks where org_id = $1),
      (select sum(inbound_response_seconds_sum) from signal_unit_weeks where org_id = $1)`, values: [orgId] })).rows[0]?.map(String);
  const sameAsPostgres = JSON.stringify(duckTotals) === JSON.stringify(pgTotals);
  log(`DuckDB rollups ${sameAsPostgres ? 'equal' : 'DIFFER FROM'} Postgres's (rows, events, seconds): ${duckTotals?.join(' ')}${sameAsPostgres ? '' : ` vs ${pgTotals?.join(' ')}`}`);
  duck.closeSync();
  instance.closeSync();
  await client.end();
  return { duckdbSeconds, loadSeconds, sameAsPostgres };
}
