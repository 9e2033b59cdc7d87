/** Saves text as a file through a temporary Blob link (works in the browser and in Electron). */
export function downloadText(fileName: string, text: string, type: string): void {
  download(fileName, new Blob([text], { type }));
}

/** Saves a file the API sent as base64 (a workbook, a CSV with its BOM). */
export function downloadBase64(fileName: string, base64: string, type: string): void {
  download(fileName, new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type }));
}

function download(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Let the download start before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
