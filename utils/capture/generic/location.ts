// Where the job is, on a company career site: a labelled field, the line printed right under the job
// title, or an element named for it. Every candidate must read like a place: team and programme names
// ("Early Careers", "Engineering") sit in the same spots and are not locations.
import { cleanLine, elementText } from '../text';
import { isPageChrome } from './page-chrome';

const NOT_PLACE = /\b(careers?|team|department|division|programs?|programmes?|early|graduates?|students?|internships?|jobs?|apply|share|save|posted|ago|full[- ]time|part[- ]time|contract|permanent|salary|engineering|marketing|sales|design|product|operations|finance|legal|people|benefits)\b/i;
const WORKPLACE = /\b(remote|hybrid|on-?site|anywhere|worldwide|distributed|télétravail|remoto|fernarbeit)\b/i;
const PLACE_PART = /^[\p{L}\p{M}][\p{L}\p{M}\d .'’()-]{0,40}$/u;
// "On site" alone says how, not where (a "Work location: On site" line sits beside the real place).
const ONLY_ON_SITE = /^(on[- ]?site|in[- ]office|in[- ]person|office[- ]based|sur site|vor ort|presencial)$/i;

/** A short "City, Region, Country" line or a workplace word ("Remote — US"). */
export function looksLikePlace(s: string | null | undefined, labelled = false): boolean {
  const t = cleanLine(s, 200);
  if (!t || t.length > 120 || /[.!?:]$/.test(t) || ONLY_ON_SITE.test(t) || NOT_PLACE.test(t.replace(WORKPLACE, ''))) return false;
  if (WORKPLACE.test(t) && t.split(/\s+/).length <= 8) return true;
  const parts = t.split(/\s*[,;/]\s*|\s+[·•|]\s+/).filter(Boolean);
  if (!parts.every((p) => PLACE_PART.test(p) && p.split(/\s+/).length <= 4)) return false;
  // One bare word could be anything; a label or a comma-separated place makes it a location.
  return labelled ? parts.length <= 10 : parts.length >= 2 && parts.length <= 10;
}

/** The first place-like segment of the lines that follow the job title, before the description starts. */
export function lineUnderTitle(doc: Document, title: string): string | null {
  const h1 = Array.from(doc.getElementsByTagName('h1')).find((h) => cleanLine(h.textContent) === title) ?? doc.querySelector('h1');
  if (!h1) return null;
  // Climb until the container holds text after the title: the meta line is often the heading's sibling's child.
  let box: Element | null = h1.parentElement;
  for (let level = 0; box && level < 4; level++, box = box.parentElement) {
    const lines = elementText(box, 4000, isPageChrome).split('\n').map((l) => cleanLine(l) ?? '').filter(Boolean);
    const at = lines.indexOf(title);
    if (at < 0) continue;
    const after = lines.slice(at + 1, at + 4);
    if (!after.length) continue;
    for (const line of after) {
      for (const segment of [line, ...line.split(/\s+[·•|]\s+|\s+[-–—]\s+/)]) if (looksLikePlace(segment)) return segment.trim();
    }
    return null;
  }
  return null;
}

// A map-pin icon marks the location line on many boards and career sites (Font Awesome and friends).
const PIN_ICON = '[class*="map-marker" i], [class*="location-dot" i], [class*="map-pin" i], [data-icon*="location" i], [data-icon*="map-marker" i], [data-icon*="map-pin" i]';

/** The text an icon labels: its parent's, when that is a short line (not a whole card). */
function iconLine(icon: Element): string | null {
  const line = icon.parentElement;
  // Office addresses in the footer or menus carry pins too; they are the company's, not the job's.
  if (!line || icon.closest('footer, nav')) return null;
  return cleanLine(elementText(line, 400), 150);
}

const LOCATION_ELEMENTS = ['[itemprop="jobLocation"]', '[property~="jobLocation" i]', '[class*="job-location" i]', '[class*="jobLocation"]', '[data-testid*="location" i]', '[class*="location" i]', '[id*="location" i]'];

/** An element named for the location (by schema.org, a map-pin icon or its class), whose text reads like a place. */
export function locationElement(doc: Document): string | null {
  const ownText = (el: Element): string | null => cleanLine(elementText(el, 400), 150);
  const [schema, rest] = [LOCATION_ELEMENTS.slice(0, 2), LOCATION_ELEMENTS.slice(2)];
  for (const sel of schema) {
    const t = placeIn(doc, sel, ownText);
    if (t) return t;
  }
  return placeIn(doc, PIN_ICON, iconLine) ?? rest.reduce<string | null>((found, sel) => found ?? placeIn(doc, sel, ownText), null);
}

function placeIn(doc: Document, sel: string, read: (el: Element) => string | null): string | null {
  let els: Element[] = [];
  try {
    els = Array.from(doc.querySelectorAll(sel)).slice(0, 5);
  } catch {
    return null;
  }
  for (const el of els) {
    const t = read(el)?.replace(/^(job )?locations?\s*:?\s*/i, '');
    if (t && looksLikePlace(t, true)) return t;
  }
  return null;
}
