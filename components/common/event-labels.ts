import type { ContactRole, EventType } from '../../utils/model/application';

export const EVENT_LABELS: Record<EventType, string> = {
  saved: 'Saved',
  applied: 'Applied',
  interview: 'Interview',
  'thank-you-sent': 'Thank-you sent',
  'follow-up-sent': 'Follow-up sent',
  response: 'They replied',
  rejected: 'Rejection',
  offer: 'Offer',
  accepted: 'Accepted',
  withdrawn: 'Withdrew',
  'feedback-requested': 'Asked for feedback',
  'feedback-received': 'Feedback received',
  'check-in-sent': 'Checked in',
  'references-briefed': 'References briefed',
  note: 'Note',
};

export const ROLE_LABELS: Record<ContactRole, string> = {
  recruiter: 'Recruiter',
  'hiring-manager': 'Hiring manager',
  interviewer: 'Interviewer',
  referrer: 'Referrer',
  reference: 'Reference',
  other: 'Other',
};
