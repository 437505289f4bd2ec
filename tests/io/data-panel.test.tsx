import Dexie from 'dexie';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { DataPanel } from '../../components/data/DataPanel';
import { db } from '../../utils/db/database';
import { addApplication } from '../../utils/db/repository';
import { emptyDatabase, sample, snapshot } from './db-helpers';

beforeEach(async () => {
  await emptyDatabase();
  // happy-dom has no object URLs; the panel's downloads only need them to exist.
  URL.createObjectURL = vi.fn(() => 'blob:ajar-test');
  URL.revokeObjectURL = vi.fn();
});
afterEach(cleanup);

/** The panel renders once settings are read; then a file is chosen in its input. */
async function upload(label: string, name: string, text: string) {
  fireEvent.change(await screen.findByLabelText(label), { target: { files: [new File([text], name, { type: 'text/plain' })] } });
}

test('a Huntr file is previewed, then imported when the user says so', async () => {
  render(<DataPanel />);
  await upload('Import a CSV file', 'huntr.csv', sample('huntr-export.csv'));
  expect((await screen.findByTestId('count-new')).textContent).toBe('5 new');
  expect(screen.getByText(/Read as Huntr/)).toBeTruthy();
  expect(await db.applications.count()).toBe(0);
  fireEvent.click(screen.getByRole('button', { name: 'Import 5 applications' }));
  await waitFor(() => expect(screen.getByLabelText('Import status').textContent).toBe('Imported 5 applications from huntr.csv.'));
  expect(await db.applications.count()).toBe(5);
});

test('while a big import is being stored, the status line says so', async () => {
  render(<DataPanel />);
  await upload('Import a CSV file', 'huntr.csv', sample('huntr-export.csv'));
  await screen.findByTestId('count-new');
  // Another tab's write holds the tables, as a slow disk or a 10k file would: the import waits its turn.
  let release!: () => void;
  const held = db.transaction('rw', db.applications, () => Dexie.waitFor(new Promise<void>((resolve) => { release = resolve; })));
  fireEvent.click(screen.getByRole('button', { name: 'Import 5 applications' }));
  await waitFor(() => expect(screen.getByLabelText('Import status').textContent).toBe('Importing 5 applications…'));
  expect(screen.getByRole('button', { name: 'Import 5 applications' }).hasAttribute('disabled')).toBe(true);
  release();
  await held;
  await waitFor(() => expect(screen.getByLabelText('Import status').textContent).toBe('Imported 5 applications from huntr.csv.'));
});

test('a bad backup is refused with a message and nothing changes', async () => {
  await addApplication({ company: 'Acme', title: 'Engineer' });
  const before = await snapshot();
  render(<DataPanel />);
  await upload('Restore from a backup file', 'broken.json', '{"format":"ajar-backup","version":1,"exportedAt":"2026-03-01T00:00:00Z","applications":[');
  await waitFor(() => expect(screen.getByLabelText('Backup status').textContent).toMatch(/^broken\.json: The file ends too early .* Nothing was changed\.$/));
  expect(screen.queryByRole('button', { name: 'Replace everything' })).toBeNull();
  expect(await snapshot()).toBe(before);
});

test('hostile text in a file is shown as text, never as markup', async () => {
  render(<DataPanel />);
  await upload('Import a CSV file', 'evil.csv', 'Company,Title\n"<img src=x onerror=alert(1)>",Engineer\n');
  const message = await screen.findByText(/contains page markup/);
  expect(message.querySelector('img')).toBeNull();
  expect(document.querySelector('.data-panel img')).toBeNull();
});
