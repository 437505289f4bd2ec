/**
 * Saves text as a file through the browser's own download: a Blob behind an `<a download>`. Nothing is
 * uploaded anywhere; the object URL is released once the click has been handled.
 */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** Human words for an error from an import or export; ImportErrors are already written for people. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
