// Downloads through a Blob and a temporary <a download>.
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: Chromium reads the blob after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function downloadText(content: string, filename: string, type: string): void {
  download(new Blob([content], { type: `${type};charset=utf-8` }), filename);
}

export function exportFileName(extension: string, suffix = ''): string {
  const stamp = new Date().toISOString().slice(0, 10);
  return `cooperation-graph-${stamp}${suffix}.${extension}`;
}
