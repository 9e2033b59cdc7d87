// Checks the hash chain of the audit trail (see store/audit-chain.ts): every event's
// stored hash must equal the hash of its content and the previous event's hash.
import { auditHash, CHAIN_START, type ChainedAuditFields } from '../store/audit-chain.ts';
import type { Store } from '../store/store.ts';

const PAGE = 2000;

export interface AuditVerification {
  events: number;
  /** The first event whose hash does not match: it, or one before it, was changed or removed. */
  broken?: Pick<ChainedAuditFields, 'id' | 'at' | 'action' | 'actor'>;
}

export async function verifyAuditChain(store: Store): Promise<AuditVerification> {
  let previous = CHAIN_START;
  let events = 0;
  for (let after = 0; ;) {
    const page = await store.read((tx) => tx.auditChain(after, PAGE));
    for (const event of page) {
      if (event.hash !== auditHash(previous, event)) {
        const { id, at, action, actor } = event;
        return { events, broken: { id, at, action, actor } };
      }
      previous = event.hash;
      events++;
    }
    if (page.length < PAGE) return { events };
    after = (page.at(-1) as ChainedAuditFields).id;
  }
}
