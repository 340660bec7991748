/** Saves text as a file from the browser, e.g. the invitation codes the API gives only once. */

/** CSV for Excel: UTF-8 with a byte order mark, so that æøå come out right when opened. */
export function downloadCsv(fileName: string, csv: string): void {
  const text = csv.startsWith('\uFEFF') ? csv : `\uFEFF${csv}`;
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  // Give the browser a moment to start the download before the address is let go.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
