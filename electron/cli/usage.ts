// The command line's usage text, shared by the light entry (--help) and the commands.
import { defaultWorkspacePath } from '../workspace-location.ts';

export const USAGE = `Usage: campaign-desk <command> [--workspace FILE|URL]

Commands:
  import FILE.json            load an interchange document (keys present are updated)
  export                      print the workspace as an interchange document
  metrics import FILE.csv|FILE.xlsx
                              append metric samples (metric,at,value[,source]); times without
                              a zone are read in the workspace's time zone
  readiness [--at INSTANT] [--horizon-days N] [--lookback-days N] [--ack-deadline-days N] [--json]
  report acknowledgements [--campaign KEY] --format csv|xlsx [--output FILE]
  report readiness [--at INSTANT] --format csv|xlsx|json [--output FILE]
  report calendar [--department KEY] [--output FILE]
                              files for people (translated by LANG; times in the workspace's zone)
  audit verify                check the audit trail's hash chain: exit 0 when intact, 1 naming
                              the first event that was changed or removed
  serve [--port N] [--clock INSTANT] [--max-body-mib N]
                              serve the app and its API on http://127.0.0.1:N (loopback only,
                              no sign-in); --clock starts the server's time at INSTANT (demos,
                              tests); --max-body-mib refuses larger requests (default 10;
                              a sample import file may be up to 72 as base64)
  serve --team --listen HOST:PORT [--tls-cert FILE --tls-key FILE | --insecure-http]
                              a team workspace server: everyone signs in; an address other than
                              loopback needs TLS, or --insecure-http behind a TLS proxy
  serve ... --max-streams N   open event streams in all (default 1000 with --team, else 64)
  people password KEY         set KEY's password from the first line of standard input (12+ characters)
  tokens create --name NAME --scope samples:write [--metric KEY]... | --scope calendar:read [--department KEY]
                              a token for a machine feed, printed once on the last line
  tokens list [--json]        tokens with their scope and last use
  tokens revoke NAME          end a token at once
  backup [--to FILE]          write a verified copy of the workspace (default: beside it)
  restore FILE                replace the workspace by a backup; the replaced one is kept beside it

--workspace FILE defaults to ${defaultWorkspacePath()}; it is created when absent.
--workspace postgres://USER:PASSWORD@HOST:PORT/DATABASE uses a PostgreSQL database instead
                              (created tables on first use; the database itself must exist).

Exit status: 0 done, 1 failed, 2 bad input (nothing written), 3 the workspace cannot be opened
(damaged, empty file, newer version), 4 it is read-only, 5 the disk is full, 6 it is in use.`;
