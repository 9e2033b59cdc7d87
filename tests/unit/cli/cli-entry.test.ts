// bin/campaign-desk.mjs runs the bundle only while it is current: a source edited after
// the build (a checkout after `git pull`) runs from the sources rather than stale code.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliEntry } from '../../../bin/cli-entry.mjs';
import { useTempDir } from '../../helpers/temp-dir.ts';

const dir = useTempDir();
const SOURCES = path.join('electron', 'cli', 'main.ts');
const BUNDLE = path.join('dist', 'cli', 'campaign-desk.mjs');

function checkout(root: string, { built = true } = {}): void {
  fs.mkdirSync(path.join(root, 'electron', 'cli'), { recursive: true });
  fs.writeFileSync(path.join(root, SOURCES), '');
  fs.writeFileSync(path.join(root, 'package-lock.json'), '{}');
  const past = new Date('2026-01-01T00:00:00Z');
  fs.utimesSync(path.join(root, SOURCES), past, past);
  fs.utimesSync(path.join(root, 'package-lock.json'), past, past);
  if (!built) return;
  fs.mkdirSync(path.join(root, 'dist', 'cli'), { recursive: true });
  fs.writeFileSync(path.join(root, BUNDLE), '');
  fs.writeFileSync(
    path.join(root, 'dist', 'cli', 'inputs.json'),
    JSON.stringify([SOURCES, 'package-lock.json']),
  );
}

function touch(file: string, at: string): void {
  fs.utimesSync(file, new Date(at), new Date(at));
}

describe('which CLI the campaign-desk command runs', () => {
  it('runs the bundle when it is newer than every source it was built from', () => {
    checkout(dir());
    expect(cliEntry(dir())).toBe(path.join(dir(), BUNDLE));
  });

  it('runs the sources once one of them changed after the build', () => {
    checkout(dir());
    touch(path.join(dir(), BUNDLE), '2026-02-01T00:00:00Z');
    touch(path.join(dir(), SOURCES), '2026-03-01T00:00:00Z');
    expect(cliEntry(dir())).toBe(path.join(dir(), SOURCES));
  });

  it('runs the sources when the dependencies were reinstalled after the build', () => {
    checkout(dir());
    touch(path.join(dir(), BUNDLE), '2026-02-01T00:00:00Z');
    touch(path.join(dir(), 'package-lock.json'), '2026-03-01T00:00:00Z');
    expect(cliEntry(dir())).toBe(path.join(dir(), SOURCES));
  });

  it('runs the sources when nothing was built yet', () => {
    checkout(dir(), { built: false });
    expect(cliEntry(dir())).toBe(path.join(dir(), SOURCES));
  });

  it('runs the bundle of a copy shipped without its sources', () => {
    checkout(dir());
    fs.rmSync(path.join(dir(), 'electron'), { recursive: true });
    expect(cliEntry(dir())).toBe(path.join(dir(), BUNDLE));
  });
});
