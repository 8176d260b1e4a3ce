// Files the API hands back (reports, templates) as base64 are saved as a download: Electron shows
// its save dialog, a browser its download bar.
export function saveBase64File(fileName: string, base64: string, type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; the URL is released after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
