// How deeply a JSON text nests, found by scanning it once without parsing: a request
// nested ten thousand levels deep is refused before JSON.parse or a schema recurses
// into it and runs out of stack.

/** True when arrays and objects in `text` nest deeper than `max` levels. */
export function jsonNestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** The deepest nesting any document of the app needs is about 6; 64 leaves room for flags. */
export const MAX_JSON_DEPTH = 64;

/**
 * True when arrays and objects in an already parsed value nest deeper than `max` levels;
 * walked with an explicit stack, so a value nested a million deep cannot overflow it.
 */
export function valueNestsDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    // A file's bytes (an upload) are one value, not a million children.
    if (current === null || typeof current !== 'object' || ArrayBuffer.isView(current)) continue;
    if (depth + 1 > max) return true;
    for (const child of Array.isArray(current) ? current : Object.values(current))
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}
