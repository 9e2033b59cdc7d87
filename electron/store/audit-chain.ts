// The audit trail is hash-chained: each event's hash covers its own content and
// the previous event's hash, so changing, removing or reordering any stored event
// breaks the chain from there on. Every store computes hashes with this one function.
import { createHash } from 'node:crypto';

/** The "previous hash" of the first event. */
export const CHAIN_START = '';

/** An audit event as stored: instants as ISO strings, the detail as its stored JSON text. */
export interface ChainedAuditFields {
  id: number;
  at: string;
  actor: string;
  action: string;
  objectType: string;
  objectKey: string;
  detail: string | null;
}

/** sha256 (hex) over a canonical serialisation: a JSON array in a fixed field order. */
export function auditHash(previous: string, e: ChainedAuditFields): string {
  const canonical = JSON.stringify([
    previous,
    e.id,
    e.at,
    e.actor,
    e.action,
    e.objectType,
    e.objectKey,
    e.detail,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}
