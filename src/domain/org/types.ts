/** The organisation model of DOMAIN.md §1: functions, levels, people, reporting lines, dyads, units. */

export const FUNCTIONS = ['sales', 'marketing', 'other'] as const;
export type PersonFunction = (typeof FUNCTIONS)[number];

export const LEVELS = ['senior', 'middle', 'frontline'] as const;
export type Level = (typeof LEVELS)[number];

/** `auditor`: an external auditor of the research (DOMAIN.md §6) who reads every research project and changes nothing. */
export const ROLES = ['admin', 'analyst', 'leader', 'member', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export interface Person {
  id: string;
  name: string;
  email: string;
  function: PersonFunction;
  level: Level;
  managerId: string | null;
  region: string | null;
  title: string | null;
  active: boolean;
}

/** A person as described by an import file or the demo generator: the manager is named by e-mail. */
export interface PersonRecord {
  name: string;
  email: string;
  function: PersonFunction;
  level: Level;
  managerEmail: string | null;
  region: string | null;
  title: string | null;
  active: boolean;
}

/** A sales person and a marketing person at the same level who work with each other. */
export interface DyadPair {
  salesPersonId: string;
  marketingPersonId: string;
  level: Level;
}

export interface DyadSuggestion extends DyadPair {
  region: string | null;
  /** 0..1, higher is a better match. */
  score: number;
  reason: string;
}

/** A unit is a manager's line: the manager, their direct reports and everyone below. */
export interface Unit {
  managerId: string;
  name: string;
  function: PersonFunction;
  level: Level;
  region: string | null;
  directReportIds: string[];
  memberCount: number;
}
