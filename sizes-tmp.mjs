import { build } from 'vite';
await build({ configFile: '/work/wt/benchall/vite.config.ts', logLevel: 'silent', build: { outDir: '/tmp/benchall/sizes-out', emptyOutDir: true }, plugins: [{ name: 'sizes', generateBundle(_, bundle) {
  for (const c of Object.values(bundle)) if (c.type === 'chunk' && c.name === 'app') {
    const groups = new Map();
    for (const [id, m] of Object.entries(c.modules)) {
      const key = id.includes('node_modules') ? id.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, '$1') + (id.includes('/locales/') ? ' (locales)' : '') : id.replace(/^.*benchall\//, '').replace(/\/[^/]+$/, '/');
      groups.set(key, (groups.get(key) ?? 0) + m.renderedLength);
    }
    for (const [k, v] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(String(Math.round(v / 1024)).padStart(5), 'KB', k);
  }
} }] });
