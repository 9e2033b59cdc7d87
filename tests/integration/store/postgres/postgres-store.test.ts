// PostgreSQL only: what the store shows of its URL, and the backup it leaves to pg_dump.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/api.ts';
import { useLocation } from '../../../helpers/engines.ts';
import { openWorkspaceAt } from '../../../helpers/workspace.ts';

const location = useLocation('postgres');

describe('a PostgreSQL workspace', () => {
  it('names itself by its URL without the password', async () => {
    const ws = await openWorkspaceAt(location());
    try {
      const url = new URL(location());
      expect(url.password).not.toBe('');
      expect(ws.store.location).not.toContain(`:${url.password}@`);
      expect(ws.store.location).toContain(`@${url.host}${url.pathname}`);
    } finally {
      await ws.close();
    }
  });

  it('backup is refused as unavailable, pointing to pg_dump', async () => {
    const ws = await openWorkspaceAt(location());
    try {
      await ws.call('workspace.setup', {
        department: { key: 'it', name: 'IT', color: '#123456' },
        person: { key: 'root', name: 'Root', roles: ['admin'] },
      });
      const error = await ws.call('workspace.backup', {}, 'root').catch((err: unknown) => err);
      expect(error).toBeInstanceOf(ApiError);
      expect([(error as ApiError).code, (error as ApiError).key]).toEqual([
        'unavailable',
        'backup_use_pg_dump',
      ]);
      expect((error as ApiError).message).toMatch(
        /^Back up a PostgreSQL workspace with pg_dump: pg_dump -Fc '/,
      );
      expect((error as ApiError).message).not.toContain(`:${new URL(location()).password}@`);
    } finally {
      await ws.close();
    }
  });
});
