import { getDomain } from 'tldts';

/**
 * Hosts that give every employer its own subdomain (acme.wd5.myworkdayjobs.com): the public suffix list
 * does not name them, so their registrable domain is the same for every employer, and the host as a whole
 * is what says whose board it is.
 */
const TENANT_HOSTS = /(^|\.)(myworkdayjobs\.com|myworkdaysite\.com|recruitee\.com|bamboohr\.com|teamtailor\.com|breezy\.hr|applytojob\.com|icims\.com|workable\.com|personio\.(de|com)|jobvite\.com|pinpointhq\.com|rippling\.com)$/i;

/**
 * Whether two addresses are on the same site: the same registrable domain, public-suffix aware
 * (www.seek.com.au and seek.com.au are one site; seek.com.au and evil.com.au are not, though both end in
 * com.au), and on a shared applicant-tracking host, the same employer's board.
 *
 * Used by the background and Ajar's pages; the content script has a stricter check without the suffix
 * list (see utils/capture/url.ts), which is too large to ship into every job board page.
 */
export function sameSite(a: string, b: string): boolean {
  const first = hostOf(a);
  const second = hostOf(b);
  if (!first || !second) return false;
  if (TENANT_HOSTS.test(first) || TENANT_HOSTS.test(second)) return withoutWww(first) === withoutWww(second);
  const domain = getDomain(first, { allowPrivateDomains: true });
  return !!domain && domain === getDomain(second, { allowPrivateDomains: true });
}

function hostOf(address: string): string | null {
  try {
    const url = new URL(address);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

function withoutWww(host: string): string {
  return host.replace(/^www\./, '');
}
