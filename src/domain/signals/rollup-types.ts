/**
 * The rows of the two incrementally maintained interaction rollups (PRODUCT.md: dashboards never scan raw events).
 * Pure types: the server fills them from `signal_pair_days` and `signal_unit_weeks`, and the indicator functions of
 * the signals domain (paucity, reciprocity, network ties) take them as input.
 *
 * Conventions shared by both rollups:
 * - Every event has an initiator and a recipient (the file's source/target and initiated-by are normalised to these).
 * - Every event is either answered (it has an answered-at, never before occurred-at) or unanswered, so
 *   `answered + unanswered === events` on every row.
 * - Days and weeks are UTC calendar dates written `YYYY-MM-DD`; a week is named by its Monday (ISO week start).
 * - A person's function, level and unit are those they had when the event was ingested; moving people changes old
 *   rows only through a full rebuild (`tandem events rebuild`).
 * - "Cross-function" means one side is in sales and the other in marketing (the interface this product studies);
 *   events with a person of function `other`, or between two people of one function, are never cross-function.
 */

import type { Level, PersonFunction } from '../org/types.js';

export const CHANNELS = ['email', 'call', 'meeting', 'chat', 'crm', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

/** The unit a person belongs to in the unit rollup: their region, or this label when they have none (decision 18). */
export const NO_UNIT = '(none)';

/** A UTC calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** One directed pair (initiator → recipient) on one UTC day. */
export interface PairDayRollupRow {
  initiatorId: string;
  recipientId: string;
  /** UTC day of the events' occurred-at. */
  day: IsoDate;
  /** Events the initiator started towards the recipient that day. */
  events: number;
  /** Of those, answered by the recipient. */
  answered: number;
  /** Of those, never answered (`events - answered`). */
  unanswered: number;
  /** Sum over the answered events of (answered-at − occurred-at) in seconds; divide by `answered` for a mean. */
  responseSecondsSum: number;
  /** The latest occurred-at among the events. */
  lastAt: Date;
  /** One side sales and the other marketing (see the file comment). */
  crossFunction: boolean;
}

/**
 * One group of people — same unit, level and function — in one ISO week, seen from both sides of its events.
 * "Outreach" is cross-function events the group's people initiated; "inbound" is cross-function events they
 * received. Answered/unanswered of outreach measure how the other side answers this group; answered/unanswered of
 * inbound measure how this group answers the other side. Distinct counterparts are left out (costly to keep
 * incrementally; derive them from the pair rollup when needed).
 */
export interface UnitWeekRollupRow {
  /** The people's region, or `NO_UNIT`. */
  unit: string;
  level: Level;
  function: PersonFunction;
  /** Monday (UTC) of the ISO week. */
  weekStart: IsoDate;
  /** Every event the group initiated, cross-function or not. */
  initiated: number;
  /** Cross-function events the group initiated. */
  outreach: number;
  outreachAnswered: number;
  outreachUnanswered: number;
  /** Sum of response seconds over the answered outreach. */
  outreachResponseSecondsSum: number;
  /** Cross-function events the group received. */
  inbound: number;
  inboundAnswered: number;
  inboundUnanswered: number;
  /** Sum of response seconds over the answered inbound. */
  inboundResponseSecondsSum: number;
}

/** What the rollups need to know of a person (taken at ingest time). */
export interface RollupPerson {
  id: string;
  function: PersonFunction;
  level: Level;
  /** Region, or `NO_UNIT`. */
  unit: string;
}
