// Confirmation pages after applying. Wording alone is weak evidence (postings say "thank you for
// your interest"), so it must appear in a heading or the opening text AND the page must be on a
// known ATS host or at a confirmation-style URL.
import { scan } from './dom';
import { cleanLine, elementText } from './text';

const WORDING = /\b(thanks?( you)?( so much)? for (applying|your application|submitting your application)|(your )?application (has been |was |is )?(successfully )?(submitted|received|sent|complete(d)?)|we('ve| have) received your application|you('ve| have) (successfully )?applied|application confirmation)\b/i;

const ATS_HOSTS = /(^|\.)(greenhouse\.io|lever\.co|ashbyhq\.com|myworkdayjobs\.com|myworkdaysite\.com|smartrecruiters\.com|workable\.com|recruitee\.com|icims\.com|jobvite\.com|bamboohr\.com|breezy\.hr|personio\.(de|com)|teamtailor\.com|taleo\.net|successfactors\.(com|eu)|jazzhr\.com|applytojob\.com|rippling\.com|dover\.com|pinpointhq\.com|jobs\.personio\.de)$/i;

const CONFIRM_PATH = /\/(confirmation|confirm|thanks|thank-you|thankyou|thank_you|submitted|success|application-submitted|applied|complete)(\/|$|\?)/i;

export function isAtsHost(url: URL): boolean {
  return ATS_HOSTS.test(url.hostname);
}

const HEADING_TAGS = new Set(['H1', 'H2', 'H3']);
const CONFIRM_HOOK = /confirmation|thank|submitted|success/i;

function isHeadingLike(el: Element): boolean {
  if (HEADING_TAGS.has(el.tagName.toUpperCase())) return true;
  const role = el.getAttribute('role');
  if (role === 'heading' || role === 'alert' || role === 'status') return true;
  const hooks = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('data-automation-id') ?? ''} ${el.getAttribute('data-qa') ?? ''}`;
  return CONFIRM_HOOK.test(hooks);
}

function headingsText(doc: Document): string {
  return scan(doc, isHeadingLike, 60)
    .map((el) => cleanLine(elementText(el, 600)) ?? '')
    .join('\n');
}

/** The company a confirmation names: "Thank you for applying to Acme", "your application to Acme". */
export function companyFromConfirmation(text: string): string | null {
  const m = /(?:applying|application) (?:to|at|with) ([A-Z][\w&.,' -]{1,60}?)(?:[.!]|\s+for\b|\s*$|\n)/.exec(text);
  return m ? cleanLine(m[1]) : null;
}

export interface Confirmation {
  text: string;
}

export function detectSubmitted(doc: Document, url: URL | null): Confirmation | null {
  if (!url) return null;
  const onAts = isAtsHost(url);
  const confirmUrl = CONFIRM_PATH.test(url.pathname + (url.search ? '?' : ''));
  if (!onAts && !confirmUrl) return null;
  const heads = headingsText(doc);
  const main = doc.querySelector('main, [role="main"], #content, #app, #root') ?? doc.body;
  // Opening text only: a whole posting may mention "application received" deep in its FAQ.
  const opening = elementText(main, 1500);
  if (WORDING.test(heads)) return { text: heads + '\n' + opening };
  // A page still offering the application form has not been submitted yet.
  if (WORDING.test(opening) && !doc.querySelector('form input[type="file"]')) return { text: opening };
  return null;
}
