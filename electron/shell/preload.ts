// Preload (sandboxed, context-isolated), bundled to dist/electron/preload.cjs.
// Exposes only the narrow bridge; nothing else of Node or Electron reaches the page.
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './preload-bridge.ts';

contextBridge.exposeInMainWorld(
  'campaignDesk',
  createBridge(ipcRenderer, { os: process.platform, electron: process.versions.electron ?? '' }),
);
