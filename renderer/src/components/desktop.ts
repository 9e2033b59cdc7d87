// What the Electron shell may add to `window.campaignDesk` beside the API bridge.
// In a plain browser none of it exists and the renderer falls back to the web's own ways.
// (shared/bridge.ts types the whole bridge; this member is read defensively
// because an older shell, or a browser, may lack them.)
interface DesktopExtras {
  printToPdf?: () => Promise<unknown> | void;
}

function extras(): DesktopExtras | undefined {
  return (window as unknown as { campaignDesk?: DesktopExtras }).campaignDesk;
}

/** The shell's "save as PDF" when present, else the browser's print dialog (which offers PDF too). */
export async function printReport(): Promise<void> {
  const printToPdf = extras()?.printToPdf;
  if (typeof printToPdf === 'function') await printToPdf();
  else window.print();
}
