// The command line's commands (spec §9), loaded by main.ts once the arguments name one.
import fs from 'node:fs';
import { ApiError } from '../../shared/api.ts';
import { jsonNestsDeeperThan, MAX_JSON_DEPTH } from '../../shared/json-depth.ts';
import { createDispatch, toApiError } from '../api/dispatch.ts';
import { verifyAuditChain } from '../services/audit-service.ts';
import { SYSTEM_CLI } from '../services/context.ts';
import { createServices, type Services } from '../services/services.ts';
import { BackupRefused } from '../store/sqlite/restore.ts';
import { isPostgresUrl, openStore } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';
import { defaultWorkspacePath } from '../workspace-location.ts';
import { backupCommand, restoreCommand } from './backup-commands.ts';
import {
  checkListen,
  firstLineOfStdin,
  parseListen,
  peoplePassword,
  tokensCreate,
  tokensList,
  tokensRevoke,
} from './access-commands.ts';
import { EXIT, exitCodeOf } from './exit-codes.ts';
import type { Io } from './io.ts';
import { USAGE } from './usage.ts';
import { UsageError } from './usage-error.ts';
import { clockFrom, intOption, readinessQuery } from './options.ts';
import { errorText, problemText } from '../../shared/i18n/error-text.ts';
import { createI18n, intlTag } from '../../shared/i18n/i18n.ts';
import { localeOfEnv, REPORT_KINDS, ReportUsageError, runReport, type ReportKind } from './report.ts';

/** Bad input named with the file it came from. */
class InputError extends Error {
  readonly lines: string[];
  constructor(lines: string[]) {
    super(lines.join('\n'));
    this.lines = lines;
  }
}

export async function runCommand(
  positionals: string[],
  values: Record<string, string | boolean | string[] | undefined>,
  io: Io,
): Promise<number> {
  const workspace = (values.workspace as string | undefined) ?? defaultWorkspacePath();
  // A new workspace file that only received bad input is removed again (a database stays).
  const existed = isPostgresUrl(workspace) || fs.existsSync(workspace);
  let store: Store | undefined;
  try {
    const command = commandOf(positionals);
    if (command.name === 'restore') return restoreCommand(command.file, workspace, io);
    if (command.name === 'backup') return await backupCommand(workspace, values.to as string | undefined, io);
    const serveAt = command.name === 'serve' ? serveAddress(values) : undefined;
    // Read before the workspace opens: a bad password changes nothing, not even a new file.
    const password = command.name === 'people-password' ? await firstLineOfStdin() : undefined;
    store = await openStore(workspace);
    const services = createServices(store, { now: clockFrom(values.clock as string | undefined) });
    if (command.name === 'serve' && serveAt) {
      const { serveCommand } = await import('./serve.ts');
      await serveCommand(services, store, {
        ...serveAt,
        maxBodyMib: intOption(values['max-body-mib'], '--max-body-mib'),
        maxStreams: intOption(values['max-streams'], '--max-streams'),
        io,
      });
      store = undefined; // the server owns it now
      return 0;
    }
    if (command.name === 'audit-verify') return await auditVerify(services, io);
    await run(command, values, services, io, password);
    return 0;
  } catch (err) {
    const bad =
      err instanceof UsageError ||
      err instanceof InputError ||
      (err instanceof ApiError && err.code === 'invalid_input');
    if (err instanceof InputError) err.lines.forEach((line) => io.err(line));
    else if (err instanceof UsageError || err instanceof BackupRefused)
      io.err(`campaign-desk: ${err.message}`);
    else io.err(`campaign-desk: ${await peopleText(toApiError(err))}`);
    if (err instanceof UsageError) io.err(USAGE);
    if (bad && !existed) {
      await store?.close();
      store = undefined;
      removeWorkspace(workspace);
    }
    return bad ? EXIT.badInput : exitCodeOf(err);
  } finally {
    await store?.close();
  }
}

type Command =
  | { name: 'import'; file: string }
  | { name: 'export' }
  | { name: 'metrics-import'; file: string }
  | { name: 'readiness' }
  | { name: 'report'; kind: ReportKind }
  | { name: 'audit-verify' }
  | { name: 'serve' }
  | { name: 'people-password'; person: string }
  | { name: 'tokens-create' }
  | { name: 'tokens-list' }
  | { name: 'tokens-revoke'; token: string }
  | { name: 'backup' }
  | { name: 'restore'; file: string };

function commandOf(positionals: string[]): Command {
  const [first, second, third] = positionals;
  const needFile = (file: string | undefined, what: string) => {
    if (!file) throw new UsageError(`${what} needs a file`);
    return file;
  };
  switch (first) {
    case 'import':
      return { name: 'import', file: needFile(second, 'import') };
    case 'export':
      return { name: 'export' };
    case 'readiness':
      return { name: 'readiness' };
    case 'serve':
      return { name: 'serve' };
    case 'report': {
      const kind = REPORT_KINDS.find((k) => k === second);
      if (!kind) throw new UsageError(`report needs one of ${REPORT_KINDS.join(', ')}`);
      return { name: 'report', kind };
    }
    case 'backup':
      return { name: 'backup' };
    case 'restore':
      return { name: 'restore', file: needFile(second, 'restore') };
    case 'audit':
      if (second !== 'verify') throw new UsageError(`unknown command "audit ${second ?? ''}"`);
      return { name: 'audit-verify' };
    case 'people':
      if (second !== 'password') throw new UsageError(`unknown command "people ${second ?? ''}"`);
      if (!third) throw new UsageError("people password needs the person's key");
      return { name: 'people-password', person: third };
    case 'tokens':
      if (second === 'create') return { name: 'tokens-create' };
      if (second === 'list') return { name: 'tokens-list' };
      if (second === 'revoke') {
        if (!third) throw new UsageError("tokens revoke needs the token's name");
        return { name: 'tokens-revoke', token: third };
      }
      throw new UsageError(`unknown command "tokens ${second ?? ''}"`);
    case 'metrics':
      if (second !== 'import') throw new UsageError(`unknown command "metrics ${second ?? ''}"`);
      return { name: 'metrics-import', file: needFile(third, 'metrics import') };
    default:
      throw new UsageError(`unknown command "${first}"`);
  }
}

async function run(
  command: Command,
  values: Record<string, string | boolean | string[] | undefined>,
  services: Services,
  io: Io,
  password?: string,
) {
  const dispatch = createDispatch(services);
  const call = (method: string, input: unknown) => dispatch(method, input, { actor: undefined }, SYSTEM_CLI);
  switch (command.name) {
    case 'import': {
      const text = readInput(command.file);
      if (jsonNestsDeeperThan(text, MAX_JSON_DEPTH))
        throw new InputError([
          `${command.file}: lists and objects nest more than ${MAX_JSON_DEPTH} levels deep`,
        ]);
      let document: unknown;
      try {
        document = JSON.parse(text);
      } catch (err) {
        throw new InputError([`${command.file}: not valid JSON (${(err as Error).message})`]);
      }
      try {
        const s = (await call('workspace.import', { document })) as Awaited<
          ReturnType<Services['workspace']['import']>
        >;
        io.out(
          `Imported ${command.file}: ${s.departments} departments, ${s.people} people, ${s.metrics} metrics, ` +
            `${s.campaigns} campaigns, ${s.samples} new samples.`,
        );
      } catch (err) {
        throw await withFile(command.file, err);
      }
      return;
    }
    case 'export':
      io.out(JSON.stringify(await call('workspace.export', {}), null, 2));
      return;
    case 'metrics-import': {
      // Bytes, not text: the service tells the encoding (or reads the .xlsx) itself.
      const file = { name: command.file, base64: readBytes(command.file).toString('base64') };
      const result = (await call('samples.importCsv', { file })) as Awaited<
        ReturnType<Services['metrics']['importCsv']>
      >;
      // For people: in the language of LANG (English when it is unset or not one of ours).
      const locale = localeOfEnv(process.env);
      const t = (await createI18n(locale)).t;
      const n = (value: number) => value.toLocaleString(intlTag(locale));
      if (result.bad > 0) {
        // The answer holds the first problems only; the rest are counted, not printed.
        const more = result.bad - result.errors.length;
        throw new InputError([
          ...result.errors.map((e) => `${command.file}:${e.line}: ${errorText(t, e, locale)}`),
          ...(more > 0 ? [`${command.file}: ${t('cli:more', { count: n(more) })}`] : []),
          `${command.file}: ${t('cli:badRows', { count: n(result.bad) })}`,
        ]);
      }
      const skipped = result.good - result.imported - result.corrected;
      const notes = [
        ...(result.corrected ? [t('cli:corrected', { count: n(result.corrected) })] : []),
        ...(skipped ? [t('cli:present', { count: n(skipped) })] : []),
      ];
      const added = t('cli:added', { imported: n(result.imported), file: command.file });
      io.out(`${added}${notes.length ? ` (${notes.join(', ')})` : ''}.`);
      return;
    }
    case 'report': {
      try {
        await runReport(
          command.kind,
          {
            campaign: str(values.campaign),
            department: str(values.department),
            at: str(values.at),
            format: str(values.format),
            output: str(values.output),
          },
          call,
          localeOfEnv(process.env),
          (bytes) => process.stdout.write(bytes),
        );
      } catch (err) {
        if (err instanceof ReportUsageError) throw new UsageError(err.message);
        throw err;
      }
      return;
    }
    case 'readiness': {
      const report = (await call('readiness.report', readinessQuery(values))) as Awaited<
        ReturnType<Services['readiness']['report']>
      >;
      if (values.json) io.out(JSON.stringify(report, null, 2));
      else {
        const { formatReadinessTable } = await import('./readiness-table.ts');
        io.out(await formatReadinessTable(report, services, localeOfEnv(process.env)));
      }
      return;
    }
    case 'people-password':
      return peoplePassword(dispatch, command.person, password ?? '', io);
    case 'tokens-create':
      return tokensCreate(
        dispatch,
        {
          name: str(values.name),
          scope: str(values.scope),
          metrics: Array.isArray(values.metric) ? values.metric : [],
          department: str(values.department),
        },
        io,
      );
    case 'tokens-list':
      return tokensList(dispatch, values.json === true, io);
    case 'tokens-revoke':
      return tokensRevoke(dispatch, command.token, io);
    case 'serve':
    case 'backup':
    case 'restore':
      return;
  }
}

/** Exit 0 with "N events, chain intact", or 1 naming the first event whose hash does not match. */
async function auditVerify(services: Services, io: Io): Promise<number> {
  const { events, broken } = await verifyAuditChain(services.ctx.store);
  if (!broken) {
    io.out(`${events} events, chain intact`);
    return 0;
  }
  io.err(
    `campaign-desk: the audit trail was altered: event ${broken.id} (${broken.at}, ${broken.action} by ${broken.actor}) ` +
      `does not match its hash; ${events} events before it are intact.`,
  );
  return 1;
}

function readInput(file: string): string {
  return readBytes(file).toString('utf8');
}

function readBytes(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError([
      `${file}: cannot read the file (${code === 'ENOENT' ? 'it does not exist' : code})`,
    ]);
  }
}

/** An error's text for people: in the language of LANG (English when unset or not one of ours). */
async function peopleText(err: ApiError): Promise<string> {
  const locale = localeOfEnv(process.env);
  return errorText((await createI18n(locale)).t, err, locale);
}

async function withFile(file: string, err: unknown): Promise<unknown> {
  if (err instanceof ApiError && err.code === 'invalid_input') {
    const { t } = await createI18n(localeOfEnv(process.env));
    const problems = err.problems ?? [{ path: '$', message: err.message }];
    return new InputError(problems.slice(0, 20).map((p) => `${file}: ${p.path}: ${problemText(t, p)}`));
  }
  return err;
}

/** Where `serve` listens and how (team-server.md §2); refused before the workspace is opened. */
function serveAddress(values: Record<string, string | boolean | string[] | undefined>) {
  const team = values.team === true;
  const certFile = str(values['tls-cert']);
  const keyFile = str(values['tls-key']);
  if ((certFile === undefined) !== (keyFile === undefined))
    throw new UsageError('--tls-cert and --tls-key go together');
  if (certFile && !team) throw new UsageError('--tls-cert and --tls-key need --team');
  const listen = str(values.listen);
  if (listen && values.port !== undefined)
    throw new UsageError('give --listen HOST:PORT or --port N, not both');
  const address = listen
    ? parseListen(listen)
    : { host: '127.0.0.1', port: intOption(values.port, '--port') ?? 4780 };
  checkListen(address, { team, tls: certFile !== undefined, insecureHttp: values['insecure-http'] === true });
  const tls = certFile && keyFile ? { cert: readBytes(certFile), key: readBytes(keyFile) } : undefined;
  return { ...address, team, tls };
}

/** `--clock INSTANT`: time starts at INSTANT and runs on (demos and tests that need a fixed "now"). */
function str(value: string | boolean | string[] | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function removeWorkspace(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
}
