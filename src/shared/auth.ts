import { z } from 'zod';
import { ROLES } from '../domain/org/types';
import { limits } from './limits';

export const loginInput = z.object({
  email: z.string().trim().toLowerCase().email().max(limits.emailMaxLength),
  password: z.string().min(1).max(limits.passwordMaxLength),
});
export type LoginInput = z.infer<typeof loginInput>;

export const sessionUser = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  personId: z.string().nullable(),
});
export type SessionUser = z.infer<typeof sessionUser>;

/** The CSRF token is sent back in the `x-csrf-token` header on every state-changing request. */
export const sessionResponse = z.object({ user: sessionUser, csrfToken: z.string() });
export type SessionResponse = z.infer<typeof sessionResponse>;
