// `readiness --json`, the command scripts run most, on a short path (issue 13): it loads the
// store, the readiness service and that method's input schema only, not every service, the
// whole API table and the translations, which took a third of its time. It answers only what
// goes right; anything else (bad input, a workspace missing or refused, a failure while reading)
// it leaves to the general path (commands.ts), which reports it the usual way. Nothing is
// written here, so that second attempt starts from the same workspace.
import fs from 'node:fs';
import { readinessQuerySchema } from '../../shared/schemas/readiness-query.ts';
import { ServiceContext } from '../services/context.ts';
import { ReadinessService } from '../services/readiness-service.ts';
import { isPostgresUrl, openStore } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';
import { defaultWorkspacePath } from '../workspace-location.ts';
import type { Io } from './io.ts';
import { clockFrom, readinessQuery, type OptionValue } from './options.ts';

/** The exit status once the report is printed; undefined when the general path must answer. */
export async function readinessJson(
  values: Record<string, OptionValue>,
  io: Io,
): Promise<number | undefined> {
  const workspace = typeof values.workspace === 'string' ? values.workspace : defaultWorkspacePath();
  // A missing file would become a new workspace: that is the general path's to do.
  if (!isPostgresUrl(workspace) && !fs.existsSync(workspace)) return undefined;
  let store: Store | undefined;
  try {
    const query = readinessQuerySchema.safeParse(readinessQuery(values));
    if (!query.success) return undefined;
    const now = clockFrom(typeof values.clock === 'string' ? values.clock : undefined);
    store = await openStore(workspace);
    const report = await new ReadinessService(new ServiceContext(store, now)).report(query.data);
    io.out(JSON.stringify(report, null, 2));
    return 0;
  } catch {
    return undefined;
  } finally {
    await store?.close().catch(() => undefined);
  }
}
