import type { ApiError, AuditEvent, ImportSummary, WorkspaceInfo } from '../../shared/api.ts';
import {
  checkReferences,
  FORMAT,
  interchangeSchema,
  type InterchangeDocument,
} from '../../shared/schemas/interchange.ts';
import { KEYED, problemsOf } from '../../shared/schemas/problems.ts';
import { actorName, failure, requireRole, type Actor, type ServiceContext } from './context.ts';
import { writeDocument } from './import-document.ts';
import { shiftInstants, storyShiftDays } from '../sample/story-time.ts';

/** Parses and checks an interchange document; throws one `invalid_input` error naming every problem. */
export function validateDocument(
  raw: unknown,
  known: Parameters<typeof checkReferences>[1],
): InterchangeDocument {
  const parsed = interchangeSchema.safeParse(raw, KEYED);
  if (!parsed.success) {
    const problems = problemsOf(parsed.error);
    throw invalidDocument(problems);
  }
  const problems = checkReferences(parsed.data, known);
  if (problems.length > 0) throw invalidDocument(problems);
  return parsed.data;
}

/** Names the first problem and how many more there are. */
function invalidDocument(problems: { path: string; message: string }[]): ApiError {
  const [first] = problems;
  if (!first) return failure('invalid_input', 'document_invalid', {}, problems);
  const params = { path: first.path, problem: first.message };
  if (problems.length === 1) return failure('invalid_input', 'document_problem', params, problems);
  if (problems.length === 2) return failure('invalid_input', 'document_problem_and_one', params, problems);
  const more = problems.length - 1;
  return failure('invalid_input', 'document_problem_and_more', { ...params, more }, problems);
}

export class WorkspaceService {
  private readonly ctx: ServiceContext;
  private readonly sampleDocument: () => Promise<unknown>;

  constructor(ctx: ServiceContext, sampleDocument: () => Promise<unknown>) {
    this.ctx = ctx;
    this.sampleDocument = sampleDocument;
  }

  /** The audit trail, newest first: admins and leadership (team-server.md §4). */
  async auditTrail(limit: number, actor: Actor): Promise<AuditEvent[]> {
    requireRole(actor, ['admin', 'leadership'], 'read_audit');
    return this.ctx.store.read((tx) => tx.listAudit(limit));
  }

  info(): Promise<WorkspaceInfo> {
    return this.ctx.store.read(async (tx) => ({
      name: this.ctx.store.location.split(/[\\/]/).pop() ?? this.ctx.store.location,
      location: this.ctx.store.location,
      kind: 'embedded' as const,
      empty: await tx.isEmpty(),
      now: this.ctx.nowIso(),
      readOnly: this.ctx.store.readonly === true,
    }));
  }

  /**
   * All-or-nothing, idempotent by key: importing the same document twice changes nothing.
   * Adds history, never rewrites it (see import-document.ts); the audit event lists what it added.
   */
  async import(raw: unknown, actor: Actor): Promise<ImportSummary> {
    const by = { actor: actorName(actor), at: this.ctx.nowIso() };
    const { summary } = await this.ctx.auditedWrite<Awaited<ReturnType<typeof writeDocument>>>(
      actor,
      ({ summary, record }) => ({
        action: 'workspace.import',
        objectType: 'workspace',
        objectKey: '',
        detail: { counts: summary, ...record },
        entity: 'workspace',
        changeAction: 'import',
      }),
      async (tx) => {
        if (!(await tx.isEmpty())) requireRole(actor, ['admin'], 'import_into_data');
        const known = {
          departments: new Set((await tx.listDepartments()).map((d) => d.key)),
          people: new Set((await tx.listPeople()).map((p) => p.key)),
          metrics: new Set((await tx.listMetrics()).map((m) => m.key)),
        };
        return writeDocument(tx, validateDocument(raw, known), by);
      },
    );
    return summary;
  }

  /** Loads the bundled sample workspace; only into an empty workspace, so nothing of the user's is touched. */
  async loadSample(actor: Actor): Promise<ImportSummary> {
    const empty = await this.ctx.store.read((tx) => tx.isEmpty());
    if (!empty) throw failure('conflict', 'sample_needs_empty');
    // The story happens around today, not on the day it was written (see story-time.ts).
    const days = storyShiftDays(new Date(this.ctx.nowIso()));
    return this.import(shiftInstants(await this.sampleDocument(), days), actor);
  }

  export(): Promise<InterchangeDocument> {
    return this.ctx.store.read(async (tx) => {
      const campaigns = await tx.allCampaigns();
      return {
        format: FORMAT,
        departments: await tx.listDepartments(),
        people: await tx.listPeople(),
        metrics: await tx.listMetrics(),
        samples: await tx.allSamples(),
        // The revision is the workspace's bookkeeping, not part of the document.
        campaigns: campaigns.map(({ draft, revision: _r, changedBy: _b, changedAt: _a, ...c }) =>
          draft ? { ...c, draft } : c,
        ),
      } as InterchangeDocument;
    });
  }
}
