// Parameters that only track where a click came from; functional ones (jk, gh_jid, currentJobId…) stay.
const TRACKING = /^(utm_.*|gclid|dclid|gbraid|wbraid|fbclid|msclkid|mc_cid|mc_eid|_hsenc|_hsmkt|trk|trkinfo|trackingid|refid|lipi|lici|ref|referrer|src|source|gh_src|lever-source|lever-origin|lever-via|icid|_ga|_gl|from)$/i;

export function cleanUrl(u: URL): string {
  const out = new URL(u.href);
  out.hash = '';
  for (const k of Array.from(out.searchParams.keys())) if (TRACKING.test(k)) out.searchParams.delete(k);
  return out.href;
}

export function absoluteHttp(href: string | null | undefined, base: URL | null): string | null {
  if (!href) return null;
  try {
    const u = base ? new URL(href.trim(), base) : new URL(href.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function site(host: string): string {
  return host.split('.').slice(-2).join('.');
}

/** <link rel=canonical>, then og:url, then the page URL without tracking parameters or fragment. */
export function canonicalUrl(doc: Document, pageUrl: URL | null, fallback: string): string {
  for (const el of [doc.querySelector('link[rel="canonical"]'), doc.querySelector('meta[property="og:url"]')]) {
    const raw = el?.getAttribute('href') ?? el?.getAttribute('content');
    const abs = absoluteHttp(raw, pageUrl);
    // A canonical on another site is more likely a mistake or a trick than the truth.
    if (abs && (!pageUrl || site(new URL(abs).hostname) === site(pageUrl.hostname))) return cleanUrl(new URL(abs));
  }
  return pageUrl ? cleanUrl(pageUrl) : fallback;
}
