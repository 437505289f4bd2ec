// Where an application came from, in words people recognise. Sources are stored as short ids ("linkedin",
// "generic", "jsonld"); imports and the user may also store their own words ("Referral"), shown as written.

const LABELS: Record<string, string> = {
  linkedin: 'LinkedIn',
  indeed: 'Indeed',
  greenhouse: 'Greenhouse',
  lever: 'Lever',
  workday: 'Workday',
  ashby: 'Ashby',
  smartrecruiters: 'SmartRecruiters',
  workable: 'Workable',
  recruitee: 'Recruitee',
  icims: 'iCIMS',
  seek: 'SEEK',
  glassdoor: 'Glassdoor',
  wellfound: 'Wellfound',
  jobindex: 'Jobindex',
  teamtailor: 'Teamtailor',
  personio: 'Personio',
  bamboohr: 'BambooHR',
  jobvite: 'Jobvite',
  gem: 'Gem',
  taleo: 'Taleo',
  successfactors: 'SuccessFactors',
  rippling: 'Rippling',
  dover: 'Dover',
  breezy: 'Breezy HR',
  jazzhr: 'JazzHR',
  // A company career site, read by the generic pass or from the job data the page carries for search engines.
  generic: 'Company site',
  jsonld: 'Company site',
  microdata: 'Company site',
  rdfa: 'Company site',
  manual: 'Added by hand',
  csv: 'Spreadsheet import',
  huntr: 'Imported from Huntr',
  teal: 'Imported from Teal',
  ajar: 'Ajar export',
};

/** The name to show for a stored source id; words Ajar does not know are shown as they were stored. */
export function sourceLabel(source: string | null | undefined): string {
  const id = (source ?? '').trim();
  return LABELS[id.toLowerCase()] ?? id;
}
