import type { ApiParsedInput, WorkspaceSetup } from '../../shared/api.ts';
import type { Department, Person, Role } from '../../shared/domain.ts';
import { WorkspaceStorageError } from '../store/storage-error.ts';
import { keepTimeZone } from './readiness-settings.ts';
import { actorName, failure, notFound, requireRole, type Actor, type ServiceContext } from './context.ts';

/** Departments and people defined from the app, the first-start setup and workspace backups. */
export class PeopleService {
  private readonly ctx: ServiceContext;

  constructor(ctx: ServiceContext) {
    this.ctx = ctx;
  }

  /** Creates the department, or renames / recolours the one with that key. */
  async defineDepartment(department: Department, actor: Actor): Promise<Department> {
    requireRole(actor, ['admin'], 'define_departments');
    const change = { action: 'departments.define', objectType: 'department', objectKey: department.key };
    await this.ctx.auditedWrite(
      actor,
      { ...change, detail: department, entity: 'workspace', changeAction: 'department' },
      (tx) => tx.upsertDepartment(department),
    );
    return department;
  }

  /** Creates the person, or changes the one with that key; never takes admin from the last admin. */
  async definePerson(person: Person, actor: Actor): Promise<Person> {
    requireRole(actor, ['admin'], 'define_people');
    const roles = unique(person.roles);
    const next = { ...person, roles };
    const change = { action: 'people.define', objectType: 'person', objectKey: person.key, detail: next };
    await this.ctx.auditedWrite(
      actor,
      { ...change, entity: 'workspace', changeAction: 'person' },
      async (tx) => {
        const departments = await tx.listDepartments();
        if (!departments.some((d) => d.key === person.department))
          throw notFound('department', person.department);
        const people = await tx.listPeople();
        const before = people.find((p) => p.key === person.key);
        const admins = people.filter((p) => p.roles.includes('admin'));
        if (before?.roles.includes('admin') && !roles.includes('admin') && admins.length <= 1) {
          throw failure('conflict', 'last_admin', { name: before.name });
        }
        await tx.upsertPerson(next);
      },
    );
    return next;
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
        await keepTimeZone(tx, this.ctx.osTimeZone);
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
