import fs from 'node:fs/promises';

/** The signage company: a realistic picture for a newcomer's first start. Bundled with the app. */
export async function loadSampleDocument(): Promise<unknown> {
  const text = await fs.readFile(new URL('./signage-company.json', import.meta.url), 'utf8');
  return JSON.parse(text) as unknown;
}
