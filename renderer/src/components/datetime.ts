// Date fields (DateTimeField) hold local wall-clock time without a zone ("2026-11-27T13:00");
// the API speaks UTC instants.

/** "2026-11-27T13:00" in the viewer's zone for an ISO instant. */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const local = new Date(d.getTime() - d.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** The UTC instant of a wall-clock value, or undefined when it is empty or not a date. */
export function fromLocalInput(value: string): string | undefined {
  if (!value) return undefined;
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
