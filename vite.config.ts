import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const ENTRY = fileURLToPath(new URL('./renderer/src/main.tsx', import.meta.url));
/** The page's first script (api/early-calls.ts): it must not wait for the app's code. */
const EARLY = fileURLToPath(new URL('./renderer/src/early.ts', import.meta.url));

interface Graph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/** Every module `from` imports statically, itself included. */
function staticImports(graph: Graph, from: string): Set<string> {
  const seen = new Set<string>();
  const todo = [from];
  for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    todo.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

/**
 * What the first view needs, found once per build, is one chunk: left to itself the bundler cuts
 * it into a dozen small chunks shared with the lazy views, and the first load then waits for two
 * dozen requests instead of three (issue 13).
 */
let firstLoad: Set<string> | undefined;

/**
 * early.ts as a classic script of its own, run while the page is parsed, before the app's code
 * has even arrived: as a module it would wait behind the app's chunk being compiled, and as a
 * script tag in index.html it would join the app's module graph. (No head start in the dev server.)
 */
function earlyScript(): Plugin {
  let file: string | undefined;
  return {
    name: 'campaign-desk-early-script',
    apply: 'build',
    async buildStart() {
      const esbuild = await import('esbuild');
      const built = await esbuild.build({
        entryPoints: [EARLY],
        bundle: true,
        minify: true,
        format: 'iife',
        target: 'es2022',
        write: false,
        logLevel: 'warning',
      });
      const source = built.outputFiles[0]?.text ?? '';
      file = `assets/early-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName: file, source });
    },
    transformIndexHtml: {
      order: 'post',
      // After the Content-Security-Policy and the title, before the app's scripts and styles.
      handler: (html) =>
        file ? html.replace('</title>', `</title>\n    <script src="./${file}"></script>`) : html,
    },
  };
}

// The renderer is loaded from app://campaign-desk/ in Electron and from the loopback server in tests: relative base.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), earlyScript()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // The first chunk holds React, FullCalendar and the calendar view on purpose (see above).
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: (id, graph) => ((firstLoad ??= staticImports(graph, ENTRY)).has(id) ? 'app' : null) },
          ],
        },
      },
    },
  },
});
