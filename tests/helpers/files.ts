import crypto from 'node:crypto';
import fs from 'node:fs';
import { fixturePath } from './paths.ts';

export function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** File names in a directory, sorted, so a test can see what was left behind. */
export function listDir(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}

/** The fixture workspace document, parsed afresh so a test may change its copy. */
export function fixtureDocument(): FixtureDocument {
  return JSON.parse(fs.readFileSync(fixturePath('signage-company.json'), 'utf8')) as FixtureDocument;
}

/** Loosely typed: tests break documents on purpose. */
export type FixtureDocument = Record<string, unknown> & {
  departments: Record<string, unknown>[];
  metrics: Record<string, unknown>[];
  samples: Record<string, unknown>[];
  campaigns: (Record<string, unknown> & {
    briefVersions: Record<string, unknown>[];
    acknowledgements: Record<string, unknown>[];
    decisions?: Record<string, unknown>[];
  })[];
};
