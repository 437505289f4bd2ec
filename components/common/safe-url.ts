/**
 * Only web addresses become links. A posting's URL comes from pages and imports Ajar does not control,
 * and a `javascript:` or `data:` href would run code in the extension's own origin.
 */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
