// Binds the one API table to the services. Every transport calls `dispatch`:
// it checks the method, validates the input with the shared schema, resolves the
// acting person, and turns every failure into an ApiError.
import type { z } from 'zod';
import {
  api,
  ApiError,
  isMethod,
  type ApiParsedInput,
  type ApiResult,
  type CallContext,
  type Method,
} from '../../shared/api.ts';
import { MAX_JSON_DEPTH, valueNestsDeeperThan } from '../../shared/json-depth.ts';
import { valueHoldsNul } from '../../shared/nul-text.ts';
import { englishMessage } from '../../shared/i18n/errors.ts';
import { KEYED, problemsOf } from '../../shared/schemas/problems.ts';

import { failure, type Actor } from '../services/context.ts';
import type { Services } from '../services/services.ts';
import { UnsupportedByEngineError } from '../store/errors.ts';
import { WorkspaceStorageError, WorkspaceVersionError } from '../store/storage-error.ts';

type Handler<M extends Method> = (
  input: ApiParsedInput<M>,
  actor: Actor,
  context: CallContext,
) => Promise<ApiResult<M>>;
type Handlers = { [M in Method]: Handler<M> };

function handlers(s: Services): Handlers {
  return {
    'workspace.info': () => s.workspace.info(),
    'workspace.import': (i, a) => s.workspace.import(i.document, a),
    'workspace.export': () => s.workspace.export(),
    'workspace.loadSample': (_i, a) => s.workspace.loadSample(a),
    'audit.list': (i, a) => s.workspace.auditTrail(i.limit, a),
    'departments.list': () => s.ctx.store.read((tx) => tx.listDepartments()),
    'people.list': () => s.ctx.store.read((tx) => tx.listPeople()),
    'departments.define': (i, a) => s.people.defineDepartment(i.department, a),
    'people.define': (i, a) => s.people.definePerson(i.person, a),
    'departments.update': (i, a) => s.people.updateDepartment(i, a),
    'departments.archive': (i, a) => s.people.archiveDepartment(i.key, a),
    'people.archive': (i, a) => s.people.archivePerson(i.key, a),
    'workspace.setup': (i, a) => s.people.setup(i, a),
    'workspace.backup': (_i, a) => s.people.backup(a),
    'people.setPassword': (i, a, c) => s.access.setPassword(i.person, i.password, a, c.session),
    'sessions.list': (_i, a) => s.access.listSessions(a),
    'sessions.end': (i, a) => s.access.endSession(i.id, a),
    'tokens.list': (_i, a) => s.tokens.list(a),
    'tokens.create': (i, a) => s.tokens.create(i, a),
    'tokens.revoke': (i, a) => s.tokens.revoke(i.name, a),
    'calendarLinks.list': (_i, a) => s.calendarLinks.list(a),
    'calendarLinks.create': (i, a) => s.calendarLinks.create(i.department, a),
    'campaigns.list': (i) => s.campaigns.list(i),
    'campaigns.get': (i) => s.campaigns.get(i.key, i.at),
    'campaigns.search': (i) => s.campaigns.search(i.query, i.limit),
    'campaigns.create': (i, a) => s.campaigns.create(i, a),
    'campaigns.update': (i, a) => s.campaigns.update(i, a),
    'campaigns.publish': (i, a) => s.campaigns.publish(i, a),
    'campaigns.reschedule': (i, a) => s.campaigns.reschedule(i, a),
    'campaigns.cancel': (i, a) => s.campaigns.cancel(i, a),
    'acknowledgements.record': (i, a) => s.campaigns.acknowledge(i, a),
    'decisions.record': (i, a) => s.campaigns.decide(i, a),
    'inbox.list': (i) => s.campaigns.inbox(i.department, i.at),
    'metrics.list': (i) => s.metrics.list(i.at),
    'metrics.define': (i, a) => s.metrics.define(i.metric, a),
    'samples.list': (i) => s.metrics.listSamples(i.metric, i.from, i.to),
    'samples.add': (i, a) => s.metrics.addSample(i, a),
    'samples.history': (i) => s.metrics.sampleHistory(i.metric, i.from, i.to),
    'samples.correct': (i, a) => s.metrics.correctSample(i, i.value, i.reason, a),
    'samples.withdraw': (i, a) => s.metrics.correctSample(i, null, i.reason, a),
    'samples.importCsv': (i, a) =>
      s.metrics.importCsv(
        i.fileId ? { fileId: i.fileId } : i.file ? { file: i.file } : { csv: i.csv ?? '' },
        i.dryRun,
        a,
      ),
    'readiness.report': (i) => s.readiness.report(i),
    'board.get': (i) => s.board.get(i),
    'settings.get': () => s.settings.get(),
    'settings.set': (i, a) => s.settings.set(i, a),
    'reports.acknowledgements': (i) => s.reports.acknowledgementsFile(i),
    'reports.readiness': (i) => s.reports.readinessFile(i),
    'reports.acknowledgementsCsv': (i) => s.reports.acknowledgementsCsv(i.campaign),
    'reports.calendarIcs': (i) => s.reports.calendarIcs(i.department, i.language),
  };
}

export type Dispatch = (
  method: unknown,
  input: unknown,
  context: CallContext,
  actor?: Actor,
) => Promise<unknown>;

/**
 * Creates the dispatcher. `actor`, when given, overrides the person named in the
 * context (the command line acts as the system).
 */
export function createDispatch(services: Services): Dispatch {
  const table = handlers(services);
  return async (method, rawInput, context, actorOverride) => {
    if (!isMethod(method)) throw new ApiError('not_found', `Unknown API method "${String(method)}".`);
    try {
      // Every transport, not only HTTP: a value nested thousands deep would overflow the stack
      // of whatever walks it later (a schema, JSON.stringify of decision flags).
      if (valueNestsDeeperThan(rawInput, MAX_JSON_DEPTH))
        throw failure('invalid_input', 'request_too_deep', { max: MAX_JSON_DEPTH });
      if (valueHoldsNul(rawInput)) throw failure('invalid_input', 'request_nul_character');
      const schema: z.ZodType = api[method].input;
      const parsed = schema.safeParse(rawInput ?? {}, KEYED);
      if (!parsed.success) {
        const problems = problemsOf(parsed.error);
        const first = problems[0];
        if (!first) throw new ApiError('invalid_input', 'invalid input');
        const params = { path: first.path, problem: first.message };
        throw new ApiError(
          'invalid_input',
          englishMessage('input_problem', params),
          problems,
          'input_problem',
          params,
        );
      }
      const actor = actorOverride ?? (await services.ctx.resolveActor(context.actor));
      const handler = table[method] as Handler<Method>;
      return await handler(parsed.data as ApiParsedInput<Method>, actor, context);
    } catch (err) {
      throw toApiError(err);
    }
  };
}

export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof WorkspaceVersionError) return new ApiError('unavailable', err.message);
  // Disk full is the one storage problem the person can fix by freeing space (HTTP 507);
  // the others make the workspace unavailable for the change (503). Nothing was written.
  if (err instanceof WorkspaceStorageError) {
    const code = err.problem === 'disk_full' ? 'insufficient_storage' : 'unavailable';
    return new ApiError(code, err.message, undefined, err.key, { file: err.file });
  }
  if (err instanceof UnsupportedByEngineError)
    return new ApiError('unavailable', err.message, undefined, err.key, err.params);
  const message = err instanceof Error ? err.message : String(err);
  return new ApiError('internal', `Something went wrong inside Campaign Desk: ${message}`);
}
