import type { ExtractedPosting } from './capture/types';

/** The fields of a captured posting that an application keeps; page text arrives as plain text already. */
export function postingFields(posting: ExtractedPosting) {
  return {
    company: posting.company?.trim() || 'Unknown company',
    title: posting.title.trim(),
    url: posting.url || null,
    applyUrl: posting.applyUrl,
    location: posting.location,
    employmentType: posting.employmentType,
    remote: posting.remote,
    salary: posting.salary,
    datePosted: posting.datePosted,
    description: posting.description,
    source: posting.source,
  };
}
