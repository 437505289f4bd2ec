import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, onTestFinished, test } from 'vitest';
import { Dashboard } from '../../components/dashboard/Dashboard';
import { db } from '../../utils/db/database';
import { addApplication, addContact, deleteContact, logEvent, updateSettings } from '../../utils/db/repository';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await updateSettings({ timeZone: 'UTC', onboarded: true, name: 'Sam Rivera', signature: 'Sam' });
});
afterEach(() => {
  cleanup();
  window.location.hash = '';
});

function open(hash: string) {
  window.location.hash = hash;
  return render(<Dashboard />);
}

describe('the dashboard with data in IndexedDB', () => {
  test('Today shows the thank-you for a past interview, with a draft that names the interviewer; "I sent it" logs it', async () => {
    const app = await addApplication({ company: 'Acme', title: 'Engineer', stage: 'applied' });
    const dana = await addContact({ name: 'Dana Lee', role: 'interviewer', email: 'dana@acme.example', applicationIds: [app.id] });
    await logEvent({ applicationId: app.id, type: 'interview', at: new Date(Date.now() - 4 * 3_600_000).toISOString(), durationMinutes: 45, contactIds: [dana.id] });

    open('#/today');
    const title = await screen.findByText(/Thank Dana Lee for .* interview \(Engineer, Acme\)/);
    const card = title.closest('li')!;
    fireEvent.click(within(card).getByRole('button', { name: 'Draft' }));
    const body = within(card).getByLabelText('Message') as HTMLTextAreaElement;
    expect(body.value).toMatch(/^Hi Dana,/);
    expect(body.value).toContain('Engineer');
    expect(within(card).getByRole('link', { name: 'Open in mail' }).getAttribute('href')).toMatch(/^mailto:dana@acme\.example\?subject=/);

    fireEvent.click(within(card).getByRole('button', { name: 'I sent it' }));
    await waitFor(async () => {
      const sent = await db.events.where('type').equals('thank-you-sent').toArray();
      expect(sent).toEqual([expect.objectContaining({ applicationId: app.id, contactIds: [dana.id] })]);
    });
    await waitFor(() => expect(screen.queryByText(/Thank Dana Lee/)).toBeNull());
  });

  test('editing an interview whose interviewer was since deleted from Contacts saves, and drops only that person', async () => {
    const app = await addApplication({ company: 'Acme', title: 'Engineer', stage: 'applied' });
    const dana = await addContact({ name: 'Dana Lee', role: 'interviewer', applicationIds: [app.id] });
    const lee = await addContact({ name: 'Lee Park', role: 'interviewer', applicationIds: [app.id] });
    const interview = await logEvent({ applicationId: app.id, type: 'interview', at: '2026-03-10T14:00:00Z', durationMinutes: 45, contactIds: [dana.id, lee.id] });
    await deleteContact(lee.id);

    open(`#/application/${app.id}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit interview' }));
    const form = screen.getByRole('form', { name: 'Edit interview' });
    fireEvent.change(within(form).getByLabelText('Start time'), { target: { value: '16:00' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(async () => expect(await db.events.get(interview.id)).toMatchObject({ at: '2026-03-10T16:00:00.000Z', contactIds: [dana.id], durationMinutes: 45 }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit interview' })).toBeNull());
  });

  test('a note with a typo is corrected from the timeline; emptying it asks for Delete instead', async () => {
    const app = await addApplication({ company: 'Acme', title: 'Engineer', stage: 'applied' });
    const note = await logEvent({ applicationId: app.id, type: 'note', at: '2026-03-10T14:00:00Z', note: 'Called the recuiter' });

    open(`#/application/${app.id}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit: Note' }));
    const form = screen.getByRole('form', { name: 'Edit: Note' });
    const text = within(form).getByLabelText('Note');
    fireEvent.change(text, { target: { value: '  ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('A note needs a few words; to remove it, use Delete.');
    fireEvent.change(text, { target: { value: 'Called the recruiter' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await db.events.get(note.id)).toMatchObject({ note: 'Called the recruiter', at: '2026-03-10T14:00:00.000Z' }));
    await screen.findByText('Called the recruiter');
    // Steps without words offer only their date.
    expect(screen.getByRole('button', { name: 'Change date: Applied' })).toBeTruthy();
  });

  test('with nothing due, Today says what to do next', async () => {
    await updateSettings({ pipelineTarget: 0 });
    open('#/today');
    expect(await screen.findByText(/Nothing due today\. Save a job from any posting page to start/)).toBeTruthy();
  });

  test('an application page shows a posting’s text as text and never links a javascript: address', async () => {
    const app = await addApplication({
      company: 'Evil Corp', title: 'Engineer', url: 'javascript:alert(1)',
      description: 'Line one\n<img src=x onerror="alert(1)"> <script>alert(2)</script>',
    });
    const { container } = open(`#/application/${app.id}`);
    expect(await screen.findByRole('heading', { name: 'Evil Corp – Engineer' })).toBeTruthy();
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getByText(/<img src=x onerror="alert\(1\)">/)).toBeTruthy();
    for (const link of container.querySelectorAll('a')) expect(link.getAttribute('href') ?? '').not.toMatch(/^javascript:/i);
  });

  test('choosing "Move to… Applied" on a board card logs an applied event, and the menu closes', async () => {
    // happy-dom lays nothing out, so every box is 0 px tall and a virtual list would show no rows.
    const height = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
    onTestFinished(() => {
      if (height) Object.defineProperty(HTMLElement.prototype, 'clientHeight', height);
    });
    const app = await addApplication({ company: 'Globex', title: 'Analyst' });
    open('#/pipeline');
    fireEvent.click(await screen.findByRole('button', { name: 'Move to… (Globex – Analyst)' }));
    const menu = await screen.findByRole('menu', { name: 'Move Globex – Analyst to' });
    // Every stage but the one it is in.
    expect([...menu.querySelectorAll('[role="menuitem"]')].map((item) => item.textContent)).not.toContain('Saved');
    fireEvent.click(screen.getByRole('menuitem', { name: 'Applied' }));
    await waitFor(async () => expect((await db.applications.get(app.id))?.stage).toBe('applied'));
    const types = (await db.events.where('applicationId').equals(app.id).toArray()).map((event) => event.type);
    expect(types).toContain('applied');
    expect(screen.queryByRole('menu')).toBeNull();
  });
});
