/** Saving a file the page made, without a server: a Blob URL and an `a[download]` click. */

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const HTML_TYPE = 'text/html;charset=utf-8';

export function saveFile(content: BlobPart, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the data once the click is handled; free it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** `rapport.xlsx` → `rapport-kontrollert.xlsx`. */
export function derivedName(fileName: string, suffix: string, extension: string): string {
  const base = fileName.replace(/\.[^.]+$/, '') || 'rapport';
  return `${base}-${suffix}.${extension}`;
}
