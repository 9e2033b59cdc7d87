// Backup files of a workspace, beside it: `<workspace>.<kind>-<UTC stamp>.sqlite`.
// `backup` is one a person asked for, `auto` the daily one (pruned by retention.ts),
// `before-restore` the workspace a restore replaced.
import fs from 'node:fs';
import path from 'node:path';

export type BackupKind = 'backup' | 'auto' | 'before-restore';

export interface BackupFile {
  path: string;
  kind: BackupKind;
  at: Date;
  bytes: number;
}

const stampOf = (at: Date) => at.toISOString().replace(/[:.]/g, '-');

/** A name no file has yet: two backups within one millisecond (or on a fixed clock) get -2, -3, … */
export function backupPath(workspace: string, kind: BackupKind, at: Date, extension = 'sqlite'): string {
  const base = `${workspace}.${kind}-${stampOf(at)}`;
  let target = `${base}.${extension}`;
  for (let n = 2; fs.existsSync(target); n++) target = `${base}-${n}.${extension}`;
  return target;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The workspace's backups, newest first. */
export function listBackups(workspace: string): BackupFile[] {
  const folder = path.dirname(path.resolve(workspace));
  const pattern = new RegExp(
    `^${escape(path.basename(workspace))}\\.(backup|auto|before-restore)-` +
      '(\\d{4}-\\d\\d-\\d\\dT\\d\\d)-(\\d\\d)-(\\d\\d)-(\\d{3})Z(?:-\\d+)?\\.sqlite$',
  );
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const found: BackupFile[] = [];
  for (const name of names) {
    const m = pattern.exec(name);
    if (!m) continue;
    const [, kind, hour, minute, second, milli] = m as unknown as [
      string,
      BackupKind,
      string,
      string,
      string,
      string,
    ];
    const file = path.join(folder, name);
    let bytes: number;
    try {
      bytes = fs.statSync(file).size;
    } catch {
      continue; // removed meanwhile
    }
    found.push({ path: file, kind, at: new Date(`${hour}:${minute}:${second}.${milli}Z`), bytes });
  }
  return found.sort((a, b) => b.at.getTime() - a.at.getTime() || b.path.localeCompare(a.path));
}
