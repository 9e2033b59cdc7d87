import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const ENTRY = fileURLToPath(new URL('./renderer/src/main.tsx', import.meta.url));
/** The page's first script: it must not wait for the app's chunk. */
const EARLY = fileURLToPath(new URL('./renderer/src/early.ts', import.meta.url));

interface Graph {
  getModuleInfo(id: string): { isEntry: boolean; importedIds: readonly string[] } | null;
}

/**
 * Everything the entry imports statically (what the first view needs), found once per build.
 * Left to itself the bundler cuts it into a dozen small chunks shared with the lazy views, and
 * the first load then waits for two dozen requests instead of two (issue 13).
 */
function firstLoad(graph: Graph, from: string): Set<string> {
  const seen = new Set<string>();
  const todo = [from];
  for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    todo.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

let early: Set<string> | undefined;
let first: Set<string> | undefined;
const earlyModules = (graph: Graph) =>
  (early ??= new Set([...firstLoad(graph, EARLY)].filter((id) => id !== EARLY)));
const firstChunk = (graph: Graph) => (first ??= firstLoad(graph, ENTRY));

/**
 * The page's first script, early.ts, as an entry of its own that runs as soon as it has loaded: a
 * script tag in index.html would join the app's module graph and run only once all of it had loaded.
 */
function earlyScriptFirst(): Plugin {
  return {
    name: 'campaign-desk-early-script',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const early = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.isEntry && c.name === 'early',
        );
        if (!early) return html; // the dev server: no head start, the app asks itself
        return {
          html,
          tags: [
            {
              tag: 'script',
              // async: it runs once loaded, not after the app's script before it.
              attrs: { type: 'module', async: true, crossorigin: true, src: `./${early.fileName}` },
              injectTo: 'head',
            },
          ],
        };
      },
    },
  };
}

// The renderer is loaded from app://campaign-desk/ in Electron and from the loopback server in tests: relative base.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), earlyScriptFirst()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // The first chunk holds React, FullCalendar and the calendar view on purpose (see above).
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./renderer/index.html', import.meta.url)),
        early: EARLY,
      },
      output: {
        codeSplitting: {
          groups: [
            // The first script's few modules stay out of the app's chunk (they run before it loads).
            { name: (id, graph) => (earlyModules(graph).has(id) ? 'early-calls' : null), priority: 2 },
            { name: (id, graph) => (firstChunk(graph).has(id) ? 'app' : null), priority: 1 },
          ],
        },
      },
    },
  },
});
