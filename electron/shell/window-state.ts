// The main window's size and position, remembered in a small JSON file in the
// user's data folder and brought back onto a visible display when the screen
// it was on is gone (a laptop unplugged from its monitor).
import fs from 'node:fs';
import path from 'node:path';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const WINDOW_STATE_FILE = 'window-state.json';
export const MIN_SIZE = { width: 800, height: 560 };
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, maximized: false };

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** The saved state, or the default when there is none or it is unreadable. */
export function readWindowState(file: string): WindowState {
  try {
    const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Record<keyof WindowState, unknown>>;
    if (!isInt(raw.width) || !isInt(raw.height)) return { ...DEFAULT_WINDOW_STATE };
    const state: WindowState = { width: raw.width, height: raw.height, maximized: raw.maximized === true };
    if (isInt(raw.x) && isInt(raw.y)) {
      state.x = raw.x;
      state.y = raw.y;
    }
    return state;
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
}

export function writeWindowState(file: string, state: WindowState): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Write then rename, so a crash mid-write never leaves half a file.
  const temp = `${file}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(state));
  fs.renameSync(temp, file);
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Fits the state into the work area it overlaps most; when it overlaps none,
 * centres it on the first (primary) display. Size never exceeds the work area.
 */
export function clampToDisplays(state: WindowState, workAreas: readonly Rect[]): WindowState {
  const [primary] = workAreas;
  if (!primary) return state;
  const width = Math.max(Math.min(state.width, primary.width), Math.min(MIN_SIZE.width, primary.width));
  const height = Math.max(Math.min(state.height, primary.height), Math.min(MIN_SIZE.height, primary.height));
  if (state.x === undefined || state.y === undefined) return { ...state, width, height };

  const rect = { x: state.x, y: state.y, width: state.width, height: state.height };
  let best: Rect | undefined;
  let bestArea = 0;
  for (const area of workAreas) {
    const o = overlap(rect, area);
    if (o > bestArea) [best, bestArea] = [area, o];
  }
  if (!best) {
    return {
      maximized: state.maximized,
      width,
      height,
      x: primary.x + Math.round((primary.width - width) / 2),
      y: primary.y + Math.round((primary.height - height) / 2),
    };
  }
  const w = Math.max(Math.min(state.width, best.width), Math.min(MIN_SIZE.width, best.width));
  const h = Math.max(Math.min(state.height, best.height), Math.min(MIN_SIZE.height, best.height));
  return {
    maximized: state.maximized,
    width: w,
    height: h,
    x: Math.min(Math.max(state.x, best.x), best.x + best.width - w),
    y: Math.min(Math.max(state.y, best.y), best.y + best.height - h),
  };
}
