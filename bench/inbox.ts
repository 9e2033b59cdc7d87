// inbox.list (the navigation badge, asked at every start) through the service at the bench's
// pinned instant, for each department in turn: median milliseconds of one call.
import { DEPARTMENTS } from './generate.ts';
import { median } from './measure.ts';
import type { Services } from '../electron/services/services.ts';

export async function measureInbox(
  services: Services,
  at: string,
  runs: number,
): Promise<{ ms: number; items: number }> {
  const departments = DEPARTMENTS.filter((d) => d !== 'marketing');
  const times: number[] = [];
  let items = 0;
  for (let run = 0; run < runs; run++) {
    for (const department of departments) {
      const start = performance.now();
      const inbox = await services.campaigns.inbox(department, at);
      times.push(performance.now() - start);
      if (run === 0) items += inbox.length;
    }
  }
  return { ms: median(times), items: Math.round(items / departments.length) };
}
