// The `campaign-desk` command line (spec §9). Exit status: 0 success, 2 bad
// input (one clear line per problem on stderr, nothing written), 3–6 a workspace
// that cannot be opened, is read-only, on a full disk or in use (exit-codes.ts), 1 anything else.
// This entry parses the arguments only; each command's modules (store, services,
// schemas, i18n) load on demand, so `--help` and bad arguments answer at once.
import { parseArgs } from 'node:util';
import type { Io } from './io.ts';
import { USAGE } from './usage.ts';

const stdio: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

export async function main(argv: string[], io: Io = stdio): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        workspace: { type: 'string' },
        at: { type: 'string' },
        'horizon-days': { type: 'string' },
        'lookback-days': { type: 'string' },
        'ack-deadline-days': { type: 'string' },
        json: { type: 'boolean', default: false },
        port: { type: 'string' },
        to: { type: 'string' },
        clock: { type: 'string' },
        'max-body-mib': { type: 'string' },
        'max-streams': { type: 'string' },
        campaign: { type: 'string' },
        department: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        team: { type: 'boolean', default: false },
        listen: { type: 'string' },
        'tls-cert': { type: 'string' },
        'tls-key': { type: 'string' },
        'insecure-http': { type: 'boolean', default: false },
        name: { type: 'string' },
        scope: { type: 'string' },
        metric: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    io.err(`campaign-desk: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help || positionals.length === 0) {
    (values.help ? io.out : io.err)(USAGE);
    return values.help ? 0 : 2;
  }

  if (positionals[0] === 'readiness' && values.json) {
    const { readinessJson } = await import('./readiness-json.ts');
    const status = await readinessJson(values, io);
    if (status !== undefined) return status;
  }
  const { runCommand } = await import('./commands.ts');
  return runCommand(positionals, values, io);
}
