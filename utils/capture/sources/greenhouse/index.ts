// Greenhouse hosted boards, both layouts:
//   legacy  https://boards.greenhouse.io/anthropic/jobs/4182383008
//   new     https://job-boards.greenhouse.io/scaleai/jobs/4315289005
//   EU      https://job-boards.eu.greenhouse.io/acme/jobs/4000000001
//   embed   https://boards.greenhouse.io/embed/job_app?for=acme&token=4000000001
// Not postings: https://boards.greenhouse.io/anthropic (the board's list).
import { blockOf, textOf } from '../../dom';
import { parseSalaryText } from '../../salary';
import type { SourceAdapter } from '../../types';
import { hostIs, hostPatterns, remoteFrom, scriptJsonString, splitDocTitle } from '../shared';

const HOSTS = ['boards.greenhouse.io', 'job-boards.greenhouse.io', 'boards.eu.greenhouse.io', 'job-boards.eu.greenhouse.io'];

export const greenhouse: SourceAdapter = {
  name: 'greenhouse',
  patterns: hostPatterns(...HOSTS),
  host: (url) => hostIs(url, ...HOSTS),
  matches: (url) =>
    hostIs(url, ...HOSTS) &&
    (/^\/[^/]+\/jobs\/\d+\/?$/.test(url.pathname) ||
      (/^\/embed\/job_app\/?$/.test(url.pathname) && /^\d+$/.test(url.searchParams.get('token') ?? ''))),
  // The embedded application form (job_app) is the posting /<board>/jobs/<id> in a frame.
  canonical: (_doc, url) => {
    const board = url.searchParams.get('for');
    const id = url.searchParams.get('token');
    return /^\/embed\/job_app\/?$/.test(url.pathname) && board && /^[\w-]+$/.test(board) && id && /^\d+$/.test(id) ? `${url.origin}/${board}/jobs/${id}` : null;
  },
  extract(doc, url) {
    const fromTitle = splitDocTitle(doc, /^Job Application for (.+) at (.+)$/);
    const title = textOf(doc, ['.app-title', '.job__title h1', 'h1.section-header', '#header h1', 'h1']) ?? fromTitle?.[1];
    if (!title) return null;
    const company =
      textOf(doc, ['.company-name'])?.replace(/^at\s+/i, '') ??
      scriptJsonString(doc, '__remixContext', 'company_name') ??
      fromTitle?.[2] ??
      null;
    const location =
      textOf(doc, ['#header .location', '.job__location', '.job__title .body--metadata', '.location']) ??
      scriptJsonString(doc, '__remixContext', 'job_post_location');
    const min = scriptJsonString(doc, '__remixContext', 'min');
    const max = scriptJsonString(doc, '__remixContext', 'max');
    const currency = scriptJsonString(doc, '__remixContext', 'currency_type');
    const salary = min && max ? parseSalaryText(`${min} - ${max} ${currency ?? ''}`) : null;
    const hasForm = doc.querySelector('#application_form, #application-form, form#application, .application--container') !== null;
    return {
      title,
      company,
      location,
      remote: remoteFrom(location),
      salary,
      datePosted: scriptJsonString(doc, '__remixContext', 'published_at'),
      description: blockOf(doc, ['#content', '.job__description', '.job-post-content']),
      // The application form sits on the posting page itself.
      applyUrl: hasForm ? url.href.replace(/#.*$/, '') : null,
    };
  },
};
