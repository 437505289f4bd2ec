import { beforeEach, describe, expect, test } from 'vitest';
import { db } from '../../utils/db/database';
import { addApplication, addContact, logEvent, updateSettings } from '../../utils/db/repository';
import type { ReadMessage } from '../../utils/email/index';
import { logProposal } from '../../utils/email/log';
import { alreadyLogged, contactSuggestions, proposalSummary, proposeFromMessage, roleFromTitle, type Proposal } from '../../utils/email/propose';

const NOW = new Date('2026-11-26T15:00:00Z');

function message(fields: Partial<ReadMessage>): ReadMessage {
  return { kind: 'rejection', company: null, title: null, at: null, durationMinutes: null, people: [], senderDomain: null, sentAt: null, ...fields };
}

async function context() {
  return { applications: await db.applications.toArray(), contacts: await db.contacts.toArray(), now: NOW, interviewLengthMinutes: 60 };
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await updateSettings({ timeZone: 'Europe/London' });
});

describe('the proposal', () => {
  test('a job alert proposes nothing', async () => {
    await addApplication({ company: 'Acme', title: 'Engineer', stage: 'applied' }, NOW);
    expect(proposeFromMessage(message({ kind: 'none', company: 'Acme', senderDomain: 'linkedin.com' }), await context())).toBeNull();
  });

  test('reads as one line: rejection, reply, interview with each interviewer and their job', async () => {
    const acme = await addApplication({ company: 'Acme', title: 'Engineer', stage: 'applied' }, NOW);
    const rejection = proposeFromMessage(message({ company: 'Acme Inc.' }), await context())!;
    expect(rejection.applicationId).toBe(acme.id);
    expect(proposalSummary(rejection, acme, { timeZone: 'Europe/London', locale: 'en-GB' })).toBe('Rejected — Acme, Engineer');

    const reply = proposeFromMessage(message({ kind: 'response', company: 'Acme' }), await context())!;
    expect(proposalSummary(reply, acme, { timeZone: 'Europe/London', locale: 'en-GB' })).toBe('Acme wrote back');

    const interview = proposeFromMessage(message({
      kind: 'interview', company: 'Acme', at: '2026-12-01T14:00:00+00:00', durationMinutes: 60,
      people: [{ name: 'Dana Lee', email: 'dana@acme.com', role: 'Engineering Manager' }, { name: 'Sam Ortiz', email: null, role: null }],
    }), await context())!;
    expect(proposalSummary(interview, acme, { timeZone: 'Europe/London', locale: 'en-GB' }))
      .toBe('Interview — Tue 1 Dec, 14:00–15:00, with Dana Lee (Engineering Manager) and Sam Ortiz');
    expect(proposalSummary(interview, acme, { timeZone: 'America/New_York', locale: 'en-US' }))
      .toBe('Interview — Tue Dec 1, 9:00 AM–10:00 AM, with Dana Lee (Engineering Manager) and Sam Ortiz');
    expect(interview.people.map((person) => [person.name, person.role])).toEqual([['Dana Lee', 'interviewer'], ['Sam Ortiz', 'interviewer']]);
  });

  test('an interview without a stated length takes the usual one; mailboxes and the user are not people to thank', async () => {
    await addApplication({ company: 'Acme', title: 'Engineer', stage: 'applied' }, NOW);
    const proposal = proposeFromMessage(message({
      kind: 'interview', company: 'Acme', at: '2026-12-01T14:00:00Z',
      people: [{ name: 'Acme Recruiting Team', email: 'no-reply@acme.com', role: null }, { name: 'Acme Health', email: 'noreply@candidates.workablemail.com', role: null }, { name: 'Priya Nair', email: 'priya@acme.com', role: 'Talent Partner' }, { name: 'Sam Ortiz', email: 'sam@gmail.com', role: null }],
    }), { ...(await context()), selfName: 'sam ortiz' })!;
    expect(proposal.durationMinutes).toBe(60);
    expect(proposal.people.map((person) => [person.name, person.role])).toEqual([['Priya Nair', 'recruiter']]);
  });

  test('people already in Ajar are linked by address, or by name on the same application', async () => {
    const acme = await addApplication({ company: 'Acme', title: 'Engineer', stage: 'applied' }, NOW);
    const dana = await addContact({ name: 'Dana Lee', role: 'hiring-manager', email: 'DANA@acme.com', applicationIds: [] }, NOW);
    const sam = await addContact({ name: 'Sam Ortiz', role: 'recruiter', applicationIds: [acme.id] }, NOW);
    await addContact({ name: 'Alex Kim', role: 'recruiter', email: 'alex@globex.com', applicationIds: [] }, NOW);
    const proposal = proposeFromMessage(message({
      kind: 'interview', company: 'Acme', at: '2026-12-01T14:00:00Z',
      people: [{ name: 'Dana L.', email: 'dana@acme.com', role: null }, { name: 'Sam Ortiz', email: null, role: null }, { name: 'Alex Kim', email: 'alex@acme.com', role: null }],
    }), await context())!;
    expect(proposal.people.map((person) => person.contactId)).toEqual([dana.id, sam.id, null]);
  });

  test('the card offers, for each person, the contacts they could be: same address, same name, same company domain, same application', async () => {
    const acme = await addApplication({ company: 'Acme', title: 'Engineer', stage: 'applied' }, NOW);
    const byAddress = await addContact({ name: 'D. Lee', role: 'recruiter', email: 'dana@acme.com', applicationIds: [] }, NOW);
    const byName = await addContact({ name: 'Dana Lee', role: 'other', applicationIds: [] }, NOW);
    const colleague = await addContact({ name: 'Alex Kim', role: 'recruiter', email: 'alex@acme.com', applicationIds: [] }, NOW);
    const onApplication = await addContact({ name: 'Jo Park', role: 'referrer', applicationIds: [acme.id] }, NOW);
    await addContact({ name: 'Riley Stone', role: 'recruiter', email: 'riley@globex.com', applicationIds: [] }, NOW);
    const found = contactSuggestions({ name: 'Dana Lee', email: 'Dana@Acme.com', contactId: null }, acme.id, await db.contacts.toArray());
    expect(found.map((contact) => contact.id)).toEqual([byAddress.id, byName.id, colleague.id, onApplication.id]);
  });

  test('a rejection or reply is dated when it was sent, not when it is logged; an interview keeps its own time', async () => {
    await addApplication({ company: 'Acme', title: 'Engineer', stage: 'applied' }, NOW);
    const sentAt = '2026-11-20T09:30:00-05:00';
    const rejection = proposeFromMessage(message({ company: 'Acme', sentAt }), await context())!;
    expect(rejection.at).toBe('2026-11-20T14:30:00.000Z');
    const reply = proposeFromMessage(message({ kind: 'response', company: 'Acme', sentAt }), await context())!;
    expect(reply.at).toBe('2026-11-20T14:30:00.000Z');
    const interview = proposeFromMessage(message({ kind: 'interview', company: 'Acme', sentAt, at: '2026-12-01T14:00:00Z' }), await context())!;
    expect(interview.at).toBe('2026-12-01T14:00:00.000Z');
    // No date, or a sender's clock ahead of ours: now is the best guess.
    expect(proposeFromMessage(message({ company: 'Acme' }), await context())!.at).toBe(NOW.toISOString());
    expect(proposeFromMessage(message({ company: 'Acme', sentAt: '2026-11-27T09:00:00Z' }), await context())!.at).toBe(NOW.toISOString());
  });

  test('a receipt for a job not tracked offers a new application; one already applied says there is nothing new', async () => {
    const receipt = proposeFromMessage(message({ kind: 'received', company: 'Umbrella', title: 'Data Engineer', senderDomain: 'myworkday.com' }), await context())!;
    expect(receipt.applicationId).toBeNull();
    expect(receipt.newApplication).toEqual({ company: 'Umbrella', title: 'Data Engineer' });

    const acme = await addApplication({ company: 'Acme', title: 'Engineer', stage: 'applied' }, NOW);
    const again = proposeFromMessage(message({ kind: 'received', company: 'Acme' }), await context())!;
    expect(alreadyLogged(again, acme)).toBe('Acme already shows as applied. Nothing new to log.');
  });

  test('starting from an application page prefers that application among the candidates', async () => {
    const first = await addApplication({ company: 'Acme', title: 'Engineer', stage: 'applied' }, new Date('2026-11-20T10:00:00Z'));
    const second = await addApplication({ company: 'Acme', title: 'Designer', stage: 'applied' }, new Date('2026-11-25T10:00:00Z'));
    expect(proposeFromMessage(message({ company: 'Acme' }), await context())!.candidateIds).toEqual([second.id, first.id]);
    expect(proposeFromMessage(message({ company: 'Acme' }), { ...(await context()), preferApplicationId: first.id })!.applicationId).toBe(first.id);
  });

  test.each([
    ['Engineering Manager', 'interview', 'interviewer'],
    ['Senior Technical Recruiter', 'interview', 'recruiter'],
    ['Head of Engineering', 'rejection', 'hiring-manager'],
    [null, 'rejection', 'recruiter'],
    ['Chargée de recrutement', 'response', 'recruiter'],
  ] as const)('a %s writing about a %s is a %s', (title, kind, role) => {
    expect(roleFromTitle(title, kind)).toBe(role);
  });
});

describe('logging the proposal', () => {
  test('a rejection after an interview moves the stage and brings the feedback request, addressed to the recruiter who wrote', async () => {
    const acme = await addApplication({ company: 'Acme', title: 'Engineer', stage: 'applied' }, new Date('2026-11-10T10:00:00Z'));
    await logEvent({ applicationId: acme.id, type: 'interview', at: '2026-11-18T14:00:00Z' }, new Date('2026-11-12T10:00:00Z'));
    expect(await db.prompts.filter((prompt) => prompt.kind === 'feedback-request').count()).toBe(0);
    const proposal = proposeFromMessage(message({ company: 'Acme', people: [{ name: 'Priya Nair', email: 'priya@acme.com', role: 'Recruiter' }] }), await context())!;
    const logged = await logProposal(proposal, NOW);

    expect(logged.application.stage).toBe('rejected');
    const priya = (await db.contacts.toArray()).find((contact) => contact.name === 'Priya Nair')!;
    expect(priya).toMatchObject({ email: 'priya@acme.com', role: 'recruiter', applicationIds: [acme.id], notes: 'Recruiter' });
    const feedback = await db.prompts.filter((prompt) => prompt.kind === 'feedback-request').toArray();
    expect(feedback).toEqual([expect.objectContaining({ applicationId: acme.id, eventId: logged.event.id, contactId: priya.id })]);
  });

  test('an interview with two interviewers brings a thank-you for each, and links a known one instead of copying them', async () => {
    const acme = await addApplication({ company: 'Acme', title: 'Engineer', stage: 'applied' }, new Date('2026-11-10T10:00:00Z'));
    const dana = await addContact({ name: 'Dana Lee', role: 'hiring-manager', email: 'dana@acme.com', applicationIds: [] }, NOW);
    const proposal = proposeFromMessage(message({
      kind: 'interview', company: 'Acme', at: '2026-12-01T14:00:00Z', durationMinutes: 45,
      people: [{ name: 'Dana Lee', email: 'dana@acme.com', role: 'Engineering Manager' }, { name: 'Sam Ortiz', email: 'sam@acme.com', role: 'Staff Engineer' }],
    }), await context())!;
    const logged = await logProposal(proposal, NOW);

    expect(logged.event).toMatchObject({ type: 'interview', at: '2026-12-01T14:00:00.000Z', durationMinutes: 45 });
    expect(logged.application.stage).toBe('interviewing');
    const contacts = await db.contacts.toArray();
    expect(contacts).toHaveLength(2);
    expect(contacts.find((contact) => contact.id === dana.id)!.applicationIds).toEqual([acme.id]);
    const thankYous = await db.prompts.filter((prompt) => prompt.kind === 'thank-you').toArray();
    expect(thankYous.map((prompt) => prompt.contactId).sort()).toEqual(contacts.map((contact) => contact.id).sort());
  });

  test('a reply stops the follow-up ladder', async () => {
    const acme = await addApplication({ company: 'Acme', title: 'Engineer', stage: 'applied' }, new Date('2026-11-10T10:00:00Z'));
    expect(await db.prompts.filter((prompt) => prompt.kind === 'follow-up').count()).toBe(1);
    const proposal = proposeFromMessage(message({ kind: 'response', company: 'Acme' }), await context())!;
    await logProposal({ ...proposal, at: new Date('2026-11-16T10:00:00Z').toISOString() }, NOW);
    expect(await db.prompts.filter((prompt) => prompt.kind === 'follow-up' && prompt.applicationId === acme.id).count()).toBe(0);
  });

  test('"Save Umbrella as applied" creates the application, applied on the receipt\'s date', async () => {
    const proposal = proposeFromMessage(message({ kind: 'received', company: 'Umbrella', title: 'Data Engineer' }), await context())!;
    const logged = await logProposal({ ...proposal, at: '2026-11-24T09:30:00.000Z' }, NOW);
    expect(logged.application).toMatchObject({ company: 'Umbrella', title: 'Data Engineer', stage: 'applied', source: 'email' });
    const events = await db.events.where('applicationId').equals(logged.application.id).toArray();
    expect(events.map((event) => [event.type, event.at]).sort()).toEqual([['applied', '2026-11-24T09:30:00.000Z'], ['saved', NOW.toISOString()]]);
  });

  test('a failure stores nothing: no half-logged interview, no stray contacts', async () => {
    const acme = await addApplication({ company: 'Acme', title: 'Engineer', stage: 'applied' }, new Date('2026-11-10T10:00:00Z'));
    const proposal = proposeFromMessage(message({
      kind: 'interview', company: 'Acme', at: '2026-12-01T14:00:00Z', people: [{ name: 'Dana Lee', email: null, role: null }],
    }), await context())!;
    await db.applications.delete(acme.id);
    await expect(logProposal(proposal, NOW)).rejects.toThrow('That application is no longer in Ajar.');
    expect(await db.contacts.count()).toBe(0);

    const other = await addApplication({ company: 'Acme', title: 'Engineer', stage: 'applied' }, NOW);
    const broken: Proposal = { ...proposal, applicationId: other.id, people: [{ ...proposal.people[0]!, contactId: null }, { name: 'Sam Ortiz', email: '', jobTitle: '', role: 'interviewer', contactId: null, include: true }] };
    // The event is refused after both contacts were written: the transaction takes them back.
    const original = db.events.add.bind(db.events);
    db.events.add = (() => Promise.reject(new Error('disk full'))) as unknown as typeof db.events.add;
    try {
      await expect(logProposal(broken, NOW)).rejects.toThrow('disk full');
    } finally {
      db.events.add = original;
    }
    expect(await db.contacts.count()).toBe(0);
    expect((await db.applications.get(other.id))!.stage).toBe('applied');
  });
});

