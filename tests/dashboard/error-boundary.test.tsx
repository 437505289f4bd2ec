import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Dashboard } from '../../components/dashboard/Dashboard';
import { PopupApp } from '../../components/popup/PopupApp';
import { db } from '../../utils/db/database';
import { addApplication, addContact, updateSettings } from '../../utils/db/repository';
import type { AppEvent, Application } from '../../utils/model/application';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await updateSettings({ timeZone: 'UTC', onboarded: true, pipelineTarget: 0 });
  // React reports a caught render error on the console; the test looks at the page instead.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  window.location.hash = '';
});

// Written straight into IndexedDB, as another tool or an old bug might have: the restore refuses such a
// file, but what is already stored is shown by the views as it is.
const damagedNote = (applicationId: string) => ({
  id: 'damaged', applicationId, type: 'note', at: '2026-03-01T09:00:00Z', createdAt: '2026-03-01T09:00:00Z', note: { text: 'from another tool' },
}) as unknown as AppEvent;

describe('a view that meets data it cannot show', () => {
  test('says so in its place, and the navigation and other views still work', async () => {
    const acme = await addApplication({ company: 'Acme', title: 'Engineer', stage: 'applied' });
    await addContact({ name: 'Dana Lee', role: 'recruiter', applicationIds: [acme.id] });
    await db.events.add(damagedNote(acme.id));
    window.location.hash = `#/application/${acme.id}`;
    render(<Dashboard />);

    expect((await screen.findByRole('alert')).textContent).toBe("Ajar couldn't show this view: some of the data it needs looks damaged. Everything else still works.");
    expect(within(screen.getByRole('navigation')).getByRole('link', { name: /Contacts/ })).toBeTruthy();
    window.location.hash = '#/contacts';
    expect(await screen.findByRole('heading', { name: 'Contacts' })).toBeTruthy();
    expect(await screen.findByText('Dana Lee')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('a popup section that meets data it cannot show', () => {
  test("says so in its place; today's follow-ups still show", async () => {
    await db.applications.add({ id: 'damaged', company: { name: 'Acme' }, title: 'Engineer', stage: 'saved', createdAt: '2026-03-01T09:00:00Z', updatedAt: '2026-03-01T09:00:00Z' } as unknown as Application);
    render(<PopupApp />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Ajar couldn't show your recent applications/);
    expect(screen.getByRole('heading', { name: 'Ajar' })).toBeTruthy();
    expect(screen.getByText(/Nothing due today/)).toBeTruthy();
  });
});
