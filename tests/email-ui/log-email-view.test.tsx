import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { LogEmailView } from '../../components/email/LogEmailView';
import { db } from '../../utils/db/database';
import { addApplication, updateSettings } from '../../utils/db/repository';

const MESSAGES = path.resolve(import.meta.dirname, '../email/messages');
const message = (name: string) => readFileSync(path.join(MESSAGES, name), 'utf8');

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await updateSettings({ timeZone: 'America/Los_Angeles', name: 'Alex Morgan' });
});
afterEach(cleanup);

const summary = async () => (await screen.findByTestId('email-summary', {}, { timeout: 10_000 })).textContent;

test('a receipt for a job Ajar does not track offers to save it as applied, and does so only on the click', async () => {
  render(<LogEmailView preferApplicationId={null} />);
  const eml = readFileSync(path.join(import.meta.dirname, 'messages', 'synthetic-received-umbrella.eml'), 'utf8');
  fireEvent.change(screen.getByLabelText('Choose a file'), { target: { files: [new File([eml], 'receipt.eml', { type: 'message/rfc822' })] } });

  expect(await summary()).toBe('Applied — Umbrella Health, Data Engineer');
  expect((screen.getByLabelText('Application') as HTMLSelectElement).value).toBe('__new__');
  expect(await db.applications.count()).toBe(0);
  fireEvent.click(screen.getByRole('button', { name: 'Save Umbrella Health as applied' }));

  await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Logged: Applied — Umbrella Health'));
  const [saved] = await db.applications.toArray();
  expect(saved).toMatchObject({ company: 'Umbrella Health', title: 'Data Engineer', stage: 'applied' });
  expect(screen.getByRole('link', { name: 'See what comes next' }).getAttribute('href')).toBe(`#/application/${saved!.id}`);
});

test('a pasted interview: every field can be changed before it is logged, and what is logged is what the card shows', async () => {
  const older = await addApplication({ company: 'Halcyon Robotics, Inc.', title: 'Senior Software Engineer', stage: 'applied' }, new Date('2026-06-01T16:00:00Z'));
  const newer = await addApplication({ company: 'Halcyon Robotics', title: 'Robotics Engineer', stage: 'applied' }, new Date('2026-06-20T16:00:00Z'));
  render(<LogEmailView preferApplicationId={null} />);
  fireEvent.change(screen.getByLabelText('Paste an email'), { target: { value: message('synthetic-interview-pst-summer.txt') } });
  fireEvent.click(screen.getByRole('button', { name: 'Read it' }));

  expect(await summary()).toMatch(/^Interview — .+, with Dana Lee \(Engineering Manager\), Sam Ortiz \(Staff Engineer\) and Priya Raman \(Product Manager\)$/);
  // The role in the message picks the older application over the more recent one at the same company.
  expect((screen.getByLabelText('Application') as HTMLSelectElement).value).toBe(older.id);
  expect((screen.getByLabelText('Start time') as HTMLInputElement).value).toBe('10:00');
  expect((screen.getByLabelText('Length in minutes') as HTMLInputElement).value).toBe('90');

  fireEvent.change(screen.getByLabelText('Application'), { target: { value: newer.id } });
  fireEvent.click(screen.getByLabelText('Include Priya Raman'));
  fireEvent.change(within(screen.getByRole('group', { name: 'Sam Ortiz' })).getByLabelText('Email'), { target: { value: 'sam.ortiz@halcyonrobotics.com' } });
  fireEvent.change(screen.getByLabelText('Start time'), { target: { value: '10:30' } });
  expect(await summary()).toMatch(/10:30.*with Dana Lee \(Engineering Manager\) and Sam Ortiz \(Staff Engineer\)$/);

  fireEvent.click(screen.getByRole('button', { name: 'Log interview' }));
  await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Logged: Interview'));
  const interview = (await db.events.where('applicationId').equals(newer.id).toArray()).find((event) => event.type === 'interview')!;
  expect(interview).toMatchObject({ at: '2026-07-14T17:30:00.000Z', durationMinutes: 90 });
  const contacts = await db.contacts.toArray();
  expect(contacts.map((contact) => [contact.name, contact.email, contact.applicationIds]).sort()).toEqual([
    ['Dana Lee', 'dana.lee@halcyonrobotics.com', [newer.id]],
    ['Sam Ortiz', 'sam.ortiz@halcyonrobotics.com', [newer.id]],
  ]);
  expect(await db.prompts.filter((prompt) => prompt.kind === 'thank-you' && prompt.applicationId === newer.id).count()).toBe(2);
  expect((await db.applications.get(older.id))!.stage).toBe('applied');
});

test('a job alert pasted proposes nothing', async () => {
  await addApplication({ company: 'Acme', title: 'Engineer', stage: 'applied' });
  render(<LogEmailView preferApplicationId={null} />);
  fireEvent.change(screen.getByLabelText('Choose a file'), { target: { files: [new File([message('synthetic-linkedin-job-alert-interview.eml')], 'alert.eml')] } });
  await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Nothing to log from this one'), { timeout: 10_000 });
  expect(screen.queryByTestId('email-summary')).toBeNull();
  expect(screen.queryByRole('button', { name: /^(Log (rejection|interview|offer)|Save )/ })).toBeNull();
});
