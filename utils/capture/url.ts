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

/**
 * The same site, without a public-suffix list (too large to ship into every board page): the same host,
 * or one inside the other (www.seek.com.au and seek.com.au). Neighbours under a shared suffix never count
 * (seek.com.au and evil.com.au, two Workday tenants); the background also checks the registrable domain
 * against the page the browser says sent the posting (utils/same-site.ts).
 */
function sameHost(a: string, b: string): boolean {
  const [x, y] = [a, b].map((host) => host.toLowerCase().replace(/^www\./, ''));
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`);
}

/** True for a site's front page ("https://example.com/", "/?lang=en"): never one posting's own address. */
function isSiteRoot(u: URL): boolean {
  return u.pathname.replace(/\/+$/, '') === '' && u.search === '';
}

/** <link rel=canonical>, then og:url, then the page URL without tracking parameters or fragment. */
export function canonicalUrl(doc: Document, pageUrl: URL | null, fallback: string): string {
  for (const el of [doc.querySelector('link[rel="canonical"]'), doc.querySelector('meta[property="og:url"]')]) {
    const raw = el?.getAttribute('href') ?? el?.getAttribute('content');
    const abs = absoluteHttp(raw, pageUrl);
    if (!abs) continue;
    const candidate = new URL(abs);
    // A canonical on another site is more likely a mistake or a trick than the truth; one naming the site's
    // front page is a template default (every posting would collapse into one saved address).
    if (pageUrl && !sameHost(candidate.hostname, pageUrl.hostname)) continue;
    if (pageUrl && isSiteRoot(candidate) && !isSiteRoot(pageUrl)) continue;
    return cleanUrl(candidate);
  }
  return pageUrl ? cleanUrl(pageUrl) : fallback;
}
