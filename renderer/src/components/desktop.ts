// What the Electron shell may add to `window.campaignDesk` beside the API bridge.
// In a plain browser none of it exists and the renderer falls back to the web's own ways.
// (shared/bridge.ts types the whole bridge; these two members are read defensively
// because an older shell, or a browser, may lack them.)
interface DesktopExtras {
  notify?: (title: string, body: string) => Promise<void> | void;
  printToPdf?: () => Promise<unknown> | void;
}

function extras(): DesktopExtras | undefined {
  return (window as unknown as { campaignDesk?: DesktopExtras }).campaignDesk;
}

/** An OS notification when the shell offers one; returns whether it was sent. */
export function desktopNotify(title: string, body: string): boolean {
  const notify = extras()?.notify;
  if (typeof notify !== 'function') return false;
  // A notification that fails is not worth an error on screen: the banner shows the alert anyway.
  void Promise.resolve(notify(title, body)).catch(() => undefined);
  return true;
}

/** The shell's "save as PDF" when present, else the browser's print dialog (which offers PDF too). */
export async function printReport(): Promise<void> {
  const printToPdf = extras()?.printToPdf;
  if (typeof printToPdf === 'function') await printToPdf();
  else window.print();
}
