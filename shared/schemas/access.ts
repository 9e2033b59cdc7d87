// Sign-in, passwords and machine tokens of the team workspace (team-server.md §3, §7).
import { z } from 'zod';
import { key, name } from './primitives.ts';

/** Passwords are set by admins; at least 12 characters (spec §3), bounded so hashing stays cheap. */
export const PASSWORD_MIN = 12;
export const password = z
  .string()
  .min(PASSWORD_MIN, `must be at least ${PASSWORD_MIN} characters`)
  .max(1024, 'must be at most 1024 characters');

/** What `POST /api/auth/sign-in` takes. A wrong password and an unknown person look the same. */
export const signInSchema = z.object({
  person: z.string().min(1).max(100),
  password: z.string().min(1).max(1024),
});
export type SignIn = z.infer<typeof signInSchema>;

export const TOKEN_SCOPES = ['samples:write', 'calendar:read'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export const tokenCreateSchema = z
  .object({
    name,
    scope: z.enum(TOKEN_SCOPES),
    /** samples:write: only these metrics (every metric when empty). */
    metrics: z.array(key).max(200).default([]),
    /** calendar:read: only this department's campaigns (all when absent). */
    department: key.optional(),
  })
  .refine((t) => t.scope === 'samples:write' || t.metrics.length === 0, {
    message: 'field_token_metrics',
    path: ['metrics'],
  })
  .refine((t) => t.scope === 'calendar:read' || t.department === undefined, {
    message: 'field_token_department',
    path: ['department'],
  });
export type TokenCreate = z.input<typeof tokenCreateSchema>;

/** An open session as admins see it (never its token). */
export interface SessionInfo {
  id: string;
  person: string;
  createdAt: string;
  lastUsedAt: string;
  /** When it ends unless used again (12 h idle) or at the latest (30 days). */
  expiresAt: string;
}

/** A machine token as listed (only a hash of it is stored). */
export interface MachineTokenInfo {
  name: string;
  scope: TokenScope;
  metrics: string[];
  department: string | null;
  createdAt: string;
  createdBy: string;
  lastUsedAt: string | null;
}

/** A new token: shown once. */
export interface CreatedMachineToken extends MachineTokenInfo {
  token: string;
}
