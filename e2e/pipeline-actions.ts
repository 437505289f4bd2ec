import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** "Add application" on the dashboard's pipeline, as a user fills it in; returns on the new application's page. */
export async function addApplicationFromPipeline(page: Page, company: string, role: string, { applied }: { applied: boolean }): Promise<void> {
  await page.evaluate(() => (window.location.hash = '#/pipeline'));
  await page.getByRole('button', { name: 'Add application' }).click();
  await page.getByLabel('Company').fill(company);
  await page.getByLabel('Role').fill(role);
  if (applied) await page.getByLabel('I have applied already').check();
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1, name: `${company} – ${role}` }).isVisible()).toBe(true);
}
