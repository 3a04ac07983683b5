import { z } from 'zod';
import { FUNCTIONS, LEVELS } from '../domain/org/types';
import { limits } from './limits';

export const personFunction = z.enum(FUNCTIONS);
export const level = z.enum(LEVELS);
export const id = z.string().uuid();

export const personSummary = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  function: personFunction,
  level,
  title: z.string().nullable(),
  region: z.string().nullable(),
  managerId: z.string().nullable(),
  managerName: z.string().nullable(),
  active: z.boolean(),
  directReportCount: z.number().int(),
});
export type PersonSummary = z.infer<typeof personSummary>;

export const gridCell = z.object({ function: personFunction, level, count: z.number().int() });
export const orgSummary = z.object({
  org: z.object({ id: z.string(), name: z.string() }),
  total: z.number().int(),
  active: z.number().int(),
  grid: z.array(gridCell),
  regions: z.array(z.string()),
  dyadCount: z.number().int(),
});
export type OrgSummary = z.infer<typeof orgSummary>;

export const peopleQuery = z.object({
  q: z.string().trim().max(limits.searchMaxLength).optional(),
  function: personFunction.optional(),
  level: level.optional(),
  region: z.string().max(limits.nameMaxLength).optional(),
  managerId: id.optional(),
  /** Only people without a manager: the tops of the reporting tree. */
  roots: z.coerce.boolean().optional(),
  limit: z.coerce.number().int().min(1).max(limits.pageSizeMax).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type PeopleQuery = z.infer<typeof peopleQuery>;

export const peoplePage = z.object({ items: z.array(personSummary), total: z.number().int() });
export type PeoplePage = z.infer<typeof peoplePage>;

export const dyad = z.object({
  id: z.string(),
  level,
  status: z.enum(['confirmed']),
  sales: personSummary,
  marketing: personSummary,
  confirmedAt: z.string(),
});
export type Dyad = z.infer<typeof dyad>;

export const dyadSuggestion = z.object({
  level,
  region: z.string().nullable(),
  score: z.number(),
  reason: z.string(),
  sales: personSummary,
  marketing: personSummary,
});
export type DyadSuggestionView = z.infer<typeof dyadSuggestion>;

export const dyadList = z.object({ confirmed: z.array(dyad), suggestions: z.array(dyadSuggestion) });
export type DyadList = z.infer<typeof dyadList>;

export const createDyadInput = z.object({ salesPersonId: id, marketingPersonId: id });

export const personDetail = z.object({
  person: personSummary,
  /** From the person's manager up to the top of the organisation. */
  line: z.array(personSummary),
  directReports: z.array(personSummary),
  counterparts: z.array(dyad),
  spanOfControl: z.number().int(),
  depth: z.number().int(),
  unitSize: z.number().int(),
});
export type PersonDetail = z.infer<typeof personDetail>;
