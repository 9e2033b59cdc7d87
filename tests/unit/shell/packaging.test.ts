// The packaging config, read and validated by electron-builder itself: the fuses are set,
// the package leaves source maps out, and the renderer is built without them.
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import viteConfig from '../../../vite.config.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const require = createRequire(path.join(root, 'package.json'));

interface BuilderConfig {
  electronFuses?: Record<string, boolean>;
  files?: { filter?: string[] }[] | string[];
  asar?: boolean;
}
// electron-builder's own loader and schema check (its internals: no public API for these).
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<BuilderConfig>;
  validateConfiguration(config: BuilderConfig, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util/out/DebugLogger') as {
  DebugLogger: new (on: boolean) => unknown;
};

const load = () => getConfig(root, path.join(root, 'electron-builder.yml'), null);

describe('electron-builder.yml', () => {
  it('is a valid electron-builder configuration', async () => {
    await expect(validateConfiguration(await load(), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('sets the fuses: no Node mode, NODE_OPTIONS or inspector; asar only and checked; cookies encrypted', async () => {
    expect((await load()).electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the app into asar and leaves every source map out', async () => {
    const config = await load();
    expect(config.asar).not.toBe(false);
    const files = (config.files ?? []).flatMap((f) => (typeof f === 'string' ? [f] : (f.filter ?? [])));
    expect(files).toContain('dist/**');
    expect(files).toContain('!**/*.map');
  });

  it('the renderer build writes no source maps', () => {
    expect(viteConfig.build?.sourcemap ?? false).toBe(false);
  });
});
