// Navigation, breadcrumbs, banners and footers repeat on every page of a site: their words ("Home",
// "About", "Company", "Newsroom") are never the posting's company or location.

const CHROME_TAGS = new Set(['NAV', 'FOOTER', 'HEADER', 'ASIDE']);
const CHROME_ROLES = /^(navigation|banner|contentinfo|menubar|menu|complementary)$/i;
const CHROME_NAMES = /breadcrumb|(^|[-_\s])(nav|navbar|navigation|menu|footer|site-header|cookie|consent)([-_\s]|$)/i;

/** True for page chrome. A header (or anything) that holds the page's <h1> is the posting's own header. */
export function isPageChrome(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  const named = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
  const chrome = CHROME_TAGS.has(tag) || CHROME_ROLES.test(el.getAttribute('role') ?? '') || CHROME_NAMES.test(named);
  return chrome && el.getElementsByTagName('h1').length === 0;
}
