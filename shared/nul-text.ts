// PostgreSQL text and jsonb cannot hold U+0000 (the query fails: a 500, found by the API fuzz on
// PostgreSQL). It is refused in every input on both engines, so a SQLite workspace never holds
// text that a PostgreSQL one could not take over.

/** True when a string anywhere in `value` (or an object key) contains U+0000. */
export function valueHoldsNul(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return true;
    } else if (Array.isArray(current)) stack.push(...current);
    // A file's bytes (an upload): no text in them, and their indices are not keys to walk.
    else if (ArrayBuffer.isView(current)) continue;
    else if (current !== null && typeof current === 'object')
      for (const [key, child] of Object.entries(current)) {
        if (key.includes('\u0000')) return true;
        stack.push(child);
      }
  }
  return false;
}
