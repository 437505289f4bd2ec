import type { Contact } from '../../../utils/model/application';
import type { Settings } from '../../../utils/model/settings';
import type { DraftContext } from '../../../utils/followups/drafts';

const SAMPLE_AT = '2026-03-10T14:00:00.000Z';

const dana: Contact = { id: 'sample-contact', name: 'Dana Lee', role: 'hiring-manager', email: 'dana@example.com', applicationIds: ['sample'], createdAt: SAMPLE_AT, updatedAt: SAMPLE_AT };

/** Made-up records for the template preview, so every placeholder shows a realistic value. */
export function sampleDraftContext(settings: Pick<Settings, 'name' | 'signature' | 'timeZone'>): DraftContext {
  return {
    application: { id: 'sample', company: 'Acme', title: 'Product Designer', stage: 'interviewing', createdAt: SAMPLE_AT, updatedAt: SAMPLE_AT },
    contact: dana,
    event: { id: 'sample-event', applicationId: 'sample', type: 'interview', at: SAMPLE_AT, contactIds: [dana.id], createdAt: SAMPLE_AT },
    interviewers: [dana],
    settings: { name: settings.name || 'Sam Rivera', signature: settings.signature || settings.name || 'Sam Rivera' },
    timeZone: settings.timeZone,
  };
}

export const PLACEHOLDERS = ['{name}', '{fullName}', '{role}', '{company}', '{interviewDate}', '{interviewer}', '{myName}', '{signature}'] as const;
