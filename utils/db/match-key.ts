/** Company + title, folded so that a re-post of the same job ("Senior  Engineer (m/f/d)") matches. */
export function matchKeyOf(company: string | null | undefined, title: string | null | undefined): string {
  return `${fold(company)}|${fold(title)}`;
}

function fold(text: string | null | undefined): string {
  return (text ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\((?:m|f|w|d|x|h)(?:\s*\/\s*(?:m|f|w|d|x|h))+\)/g, '')
    .replace(/\b(inc|llc|ltd|gmbh|a\/s|ab|plc|corp|corporation|co)\b\.?/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Strips tracking parameters and fragments so the same posting reached from two places matches. */
export function canonicalUrlOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    parsed.hash = '';
    // A copy: deleting while iterating the live list would skip entries.
    for (const name of Array.from(parsed.searchParams.keys())) {
      if (/^(utm_|gh_src|ref|refid|trk|tracking|source|src|lever-source|gclid|fbclid|mc_)/i.test(name)) parsed.searchParams.delete(name);
    }
    parsed.hostname = parsed.hostname.replace(/^www\./, '');
    parsed.protocol = 'https:';
    const text = parsed.toString();
    return text.endsWith('/') && parsed.pathname !== '/' ? text.slice(0, -1) : text.replace(/\/$/, '');
  } catch {
    return null;
  }
}
