import { z } from 'zod';
import { ROLES } from '../domain/org/types';
import { limits } from './limits';

export const role = z.enum(ROLES);

export const userView = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role,
  active: z.boolean(),
  personId: z.string().nullable(),
  lastSignInAt: z.string().nullable(),
  createdAt: z.string(),
});
export type UserView = z.infer<typeof userView>;

export const createUserInput = z.object({
  email: z.string().trim().toLowerCase().email().max(limits.emailMaxLength),
  name: z.string().trim().min(1).max(limits.nameMaxLength),
  role,
  password: z.string().min(limits.passwordMinLength).max(limits.passwordMaxLength),
});
export type CreateUserInput = z.infer<typeof createUserInput>;

export const updateUserInput = z
  .object({ role: role.optional(), active: z.boolean().optional() })
  .refine((v) => v.role !== undefined || v.active !== undefined, 'Give a role or an active flag to change.');
export type UpdateUserInput = z.infer<typeof updateUserInput>;

export const userList = z.object({ items: z.array(userView) });
