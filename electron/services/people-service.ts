import type { ApiParsedInput, WorkspaceSetup } from '../../shared/api.ts';
import { MARKETING_DEPARTMENT, type Department, type Person, type Role } from '../../shared/domain.ts';
import { WorkspaceStorageError } from '../store/storage-error.ts';
import { keepTimeZone } from './readiness-settings.ts';
import { actorName, failure, notFound, requireRole, type Actor, type ServiceContext } from './context.ts';

/** Departments and people defined from the app, the first-start setup and workspace backups. */
export class PeopleService {
  private readonly ctx: ServiceContext;

  constructor(ctx: ServiceContext) {
    this.ctx = ctx;
  }

  /** Creates the department, or renames / recolours the one with that key (an archived one stays archived). */
  async defineDepartment(department: Department, actor: Actor): Promise<Department> {
    requireRole(actor, ['admin'], 'define_departments');
    const change = { action: 'departments.define', objectType: 'department', objectKey: department.key };
    return this.ctx.auditedWrite(
      actor,
      (stored) => ({ ...change, detail: stored, entity: 'workspace', changeAction: 'department' }),
      async (tx) => {
        const departments = await tx.listDepartments();
        refuseTakenName(departments, department);
        const before = departments.find((d) => d.key === department.key);
        const stored = before?.archivedAt ? { ...department, archivedAt: before.archivedAt } : department;
        await tx.upsertDepartment(stored);
        return stored;
      },
    );
  }

  /** Renames and/or recolours a department; its key, which history refers to, stays (issue 10). */
  async updateDepartment(input: ApiParsedInput<'departments.update'>, actor: Actor): Promise<Department> {
    requireRole(actor, ['admin'], 'define_departments');
    return this.ctx
      .auditedWrite<{ before: Department; after: Department }>(
        actor,
        ({ before, after }) =>
          sameJson(before, after)
            ? undefined
            : {
                action: 'departments.update',
                objectType: 'department',
                objectKey: input.key,
                detail: { before, after },
                entity: 'workspace',
                changeAction: 'department',
              },
        async (tx) => {
          const departments = await tx.listDepartments();
          const before = departments.find((d) => d.key === input.key);
          if (!before) throw notFound('department', input.key);
          const after: Department = {
            ...before,
            ...(input.name === undefined ? {} : { name: input.name }),
            ...(input.color === undefined ? {} : { color: input.color }),
          };
          refuseTakenName(departments, after);
          if (!sameJson(before, after)) await tx.upsertDepartment(after);
          return { before, after };
        },
      )
      .then((r) => r.after);
  }

  /**
   * Archives a department: never deleted, so campaigns, acknowledgements and the audit trail keep
   * naming it; it is no longer offered for new campaigns, people or inboxes, and owes no
   * acknowledgement of a brief version published after this instant (shared/rules/readiness.ts).
   */
  async archiveDepartment(key: string, actor: Actor): Promise<Department> {
    requireRole(actor, ['admin'], 'define_departments');
    const at = this.ctx.nowIso();
    return this.ctx
      .auditedWrite<{ archived: boolean; department: Department }>(
        actor,
        ({ archived, department }) =>
          archived
            ? {
                action: 'departments.archive',
                objectType: 'department',
                objectKey: key,
                detail: department,
                entity: 'workspace',
                changeAction: 'department',
              }
            : undefined,
        async (tx) => {
          const department = (await tx.listDepartments()).find((d) => d.key === key);
          if (!department) throw notFound('department', key);
          if (department.archivedAt) return { archived: false, department };
          // Marketing owns every campaign (withMarketing adds it to each): it cannot go.
          if (key === MARKETING_DEPARTMENT)
            throw failure('conflict', 'marketing_not_archived', { department: department.name });
          const archived = { ...department, archivedAt: at };
          await tx.upsertDepartment(archived);
          return { archived: true, department: archived };
        },
      )
      .then((r) => r.department);
  }

  /** Archives a person: from now on the services treat them as nobody; what they did keeps their name. */
  async archivePerson(key: string, actor: Actor): Promise<Person> {
    requireRole(actor, ['admin'], 'define_people');
    const at = this.ctx.nowIso();
    return this.ctx
      .auditedWrite<{ archived: boolean; person: Person }>(
        actor,
        ({ archived, person }) =>
          archived
            ? {
                action: 'people.archive',
                objectType: 'person',
                objectKey: key,
                detail: person,
                entity: 'workspace',
                changeAction: 'person',
              }
            : undefined,
        async (tx) => {
          const people = await tx.listPeople();
          const person = people.find((p) => p.key === key);
          if (!person) throw failure('not_found', 'not_found_person', { id: key });
          if (person.archivedAt) return { archived: false, person };
          if (person.roles.includes('admin') && activeAdmins(people).length <= 1)
            throw failure('conflict', 'last_admin', { name: person.name });
          const archived = { ...person, archivedAt: at };
          await tx.upsertPerson(archived);
          // Signed-in sessions end with the person (team workspaces): nobody acts as them any more.
          await tx.access.endSessionsOf(key, at);
          return { archived: true, person: archived };
        },
      )
      .then((r) => r.person);
  }

  /** Creates the person, or changes the one with that key; never takes admin from the last admin. */
  async definePerson(person: Person, actor: Actor): Promise<Person> {
    requireRole(actor, ['admin'], 'define_people');
    const roles = unique(person.roles);
    const change = { action: 'people.define', objectType: 'person', objectKey: person.key };
    return this.ctx.auditedWrite(
      actor,
      (stored) => ({ ...change, detail: stored, entity: 'workspace', changeAction: 'person' }),
      async (tx) => {
        const departments = await tx.listDepartments();
        const department = departments.find((d) => d.key === person.department);
        if (!department) throw notFound('department', person.department);
        const people = await tx.listPeople();
        const before = people.find((p) => p.key === person.key);
        // Someone may stay in a department archived after they joined it; nobody new is put there.
        if (department.archivedAt && before?.department !== department.key)
          throw failure('conflict', 'department_archived', { department: department.name });
        const admins = activeAdmins(people);
        if (before?.roles.includes('admin') && !roles.includes('admin') && admins.length <= 1) {
          throw failure('conflict', 'last_admin', { name: before.name });
        }
        const next: Person = {
          ...person,
          roles,
          ...(before?.archivedAt ? { archivedAt: before.archivedAt } : {}),
        };
        await tx.upsertPerson(next);
        return next;
      },
    );
  }

  /** The first department and person, only into an empty workspace: whoever calls, nobody exists yet. */
  async setup(input: ApiParsedInput<'workspace.setup'>, actor: Actor): Promise<WorkspaceSetup> {
    const department = input.department;
    const person: Person = {
      key: input.person.key,
      name: input.person.name,
      department: department.key,
      roles: unique([...input.person.roles, 'admin']),
    };
    const asPerson: Actor = { kind: 'person', person };
    const change = {
      action: 'workspace.setup',
      objectType: 'workspace',
      objectKey: '',
      detail: { department, person, caller: actorName(actor) },
    };
    await this.ctx.auditedWrite(
      asPerson,
      { ...change, entity: 'workspace', changeAction: 'setup' },
      async (tx) => {
        if (!(await tx.isEmpty())) throw failure('conflict', 'workspace_not_empty');
        await tx.upsertDepartment(department);
        await tx.upsertPerson(person);
        await keepTimeZone(tx, this.ctx);
      },
    );
    return { department, person };
  }

  /** A verified copy of the workspace (beside it unless `to` is given); the copy's path is returned. */
  async backup(actor: Actor, to?: string): Promise<{ path: string }> {
    requireRole(actor, ['admin'], 'back_up_workspace');
    // VACUUM INTO cannot run inside a transaction, so the audit event follows the copy.
    const path = await this.ctx.store.backup(this.ctx.now(), to);
    const change = { action: 'workspace.backup', objectType: 'workspace', objectKey: '', detail: { path } };
    try {
      await this.ctx.auditedWrite(
        actor,
        { ...change, entity: 'workspace', changeAction: 'backup' },
        async () => undefined,
      );
    } catch (err) {
      // A read-only workspace can still be backed up (that is when it matters); nothing there can record it.
      if (!(err instanceof WorkspaceStorageError && err.problem === 'read_only')) throw err;
    }
    return { path };
  }
}

function unique(roles: readonly Role[]): Role[] {
  return [...new Set(roles)];
}

/** Admins who can still act: an archived admin does not keep the workspace open to anyone. */
function activeAdmins(people: readonly Person[]): Person[] {
  return people.filter((p) => p.roles.includes('admin') && !p.archivedAt);
}

/** Names compare trimmed and case-insensitively: "Delivery" and " delivery " are one name. */
function nameKey(name: string): string {
  return name.trim().normalize('NFC').toLocaleLowerCase('und');
}

/** Refuses a name another department in use already has (an archived one's name may be reused). */
function refuseTakenName(departments: readonly Department[], department: Department): void {
  const wanted = nameKey(department.name);
  const taken = departments.find(
    (d) => d.key !== department.key && !d.archivedAt && nameKey(d.name) === wanted,
  );
  if (taken) throw failure('conflict', 'department_name_taken', { name: taken.name, key: taken.key });
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
