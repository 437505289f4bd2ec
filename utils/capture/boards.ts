// Hosts where Ajar's in-page "Save to Ajar" chip runs. Everywhere else nothing is injected until the
// user asks through the popup (activeTab), so ordinary browsing pays nothing.
export const JOB_BOARD_MATCHES = [
  '*://*.linkedin.com/jobs/*',
  '*://*.indeed.com/*',
  '*://boards.greenhouse.io/*',
  '*://job-boards.greenhouse.io/*',
  '*://jobs.lever.co/*',
  '*://*.myworkdayjobs.com/*',
  '*://jobs.ashbyhq.com/*',
  '*://jobs.smartrecruiters.com/*',
  '*://apply.workable.com/*',
  '*://*.recruitee.com/*',
  '*://*.icims.com/*',
  '*://*.seek.com.au/*',
  '*://*.seek.co.nz/*',
  '*://*.glassdoor.com/*',
  '*://wellfound.com/*',
  '*://*.jobindex.dk/*',
];
