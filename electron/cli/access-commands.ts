// Team workspace access from the command line (team-server.md §3, §7): passwords set from
// standard input (never an argument, which other users can see), machine tokens, and the
// address `serve` listens on.
import { isIP } from 'node:net';
import type { Dispatch } from '../api/dispatch.ts';
import type { CreatedMachineToken, MachineTokenInfo } from '../../shared/schemas/access.ts';
import { SYSTEM_CLI } from '../services/context.ts';
import type { Io } from './io.ts';
import { UsageError } from './usage-error.ts';

/** The first line of standard input, without its line ending. */
export async function firstLineOfStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<string> {
  let text = '';
  for await (const chunk of stream) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

export async function peoplePassword(
  dispatch: Dispatch,
  person: string,
  password: string,
  io: Io,
): Promise<void> {
  const done = (await dispatch(
    'people.setPassword',
    { person, password },
    { actor: undefined },
    SYSTEM_CLI,
  )) as {
    sessionsEnded: number;
  };
  io.out(
    `Password of ${person} set${done.sessionsEnded > 0 ? `; ${done.sessionsEnded} open sessions ended` : ''}.`,
  );
}

/** Prints what the token may do, then the token alone on the last line (it is shown only once). */
export async function tokensCreate(
  dispatch: Dispatch,
  input: { name?: string; scope?: string; metrics: string[]; department?: string },
  io: Io,
): Promise<void> {
  if (!input.name || !input.scope) throw new UsageError('tokens create needs --name NAME and --scope SCOPE');
  const created = (await dispatch(
    'tokens.create',
    { name: input.name, scope: input.scope, metrics: input.metrics, department: input.department },
    { actor: undefined },
    SYSTEM_CLI,
  )) as CreatedMachineToken;
  io.out(`Token "${created.name}" (${describe(created)}). Keep it now: it is not shown again.`);
  io.out(created.token);
}

export async function tokensList(dispatch: Dispatch, json: boolean, io: Io): Promise<void> {
  const tokens = (await dispatch('tokens.list', {}, { actor: undefined }, SYSTEM_CLI)) as MachineTokenInfo[];
  if (json) return io.out(JSON.stringify(tokens, null, 2));
  if (tokens.length === 0) return io.out('No tokens.');
  for (const t of tokens)
    io.out(
      `${t.name}\t${describe(t)}\tlast used ${t.lastUsedAt ?? 'never'}\tcreated ${t.createdAt} by ${t.createdBy}`,
    );
}

export async function tokensRevoke(dispatch: Dispatch, name: string, io: Io): Promise<void> {
  await dispatch('tokens.revoke', { name }, { actor: undefined }, SYSTEM_CLI);
  io.out(`Token "${name}" revoked.`);
}

function describe(t: MachineTokenInfo): string {
  if (t.scope === 'samples:write')
    return `samples:write, ${t.metrics.length > 0 ? `metrics ${t.metrics.join(', ')}` : 'every metric'}`;
  return `calendar:read, ${t.department ? `department ${t.department}` : 'every department'}`;
}

export interface ListenAddress {
  host: string;
  port: number;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** `HOST:PORT` or `[IPv6]:PORT`. */
export function parseListen(text: string): ListenAddress {
  const match = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]]+)):(\d{1,5})$/.exec(text);
  const host = match?.[1] ?? match?.[2];
  const port = Number(match?.[3]);
  if (!match || !host || port > 65535 || (match[1] && isIP(match[1]) !== 6))
    throw new UsageError(`--listen needs HOST:PORT (e.g. 0.0.0.0:4780 or [::]:4780), not "${text}"`);
  return { host, port };
}

/** Spec §2: only a team server leaves loopback, and only with TLS or an explicit --insecure-http. */
export function checkListen(
  address: ListenAddress,
  options: { team: boolean; tls: boolean; insecureHttp: boolean },
): void {
  if (isLoopback(address.host)) return;
  if (!options.team)
    throw new UsageError(
      `--listen ${address.host} is not a loopback address: only "serve --team" (with sign-in) may listen there`,
    );
  if (!options.tls && !options.insecureHttp)
    throw new UsageError(
      `--listen ${address.host} is not a loopback address: give --tls-cert FILE --tls-key FILE, or --insecure-http when a proxy in front terminates TLS`,
    );
}
