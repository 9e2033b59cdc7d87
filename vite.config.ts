import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is loaded from app://campaign-desk/ in Electron and from the loopback server in tests: relative base.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
  },
});
