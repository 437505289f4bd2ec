import { describe, expect, test } from 'vitest';
import type { Application } from '../../utils/model/application';
import type { ReadMessage } from '../../utils/email/index';
import { isSharedSenderDomain, matchApplications, normaliseCompany } from '../../utils/email/match';

function application(id: string, fields: Partial<Application> & { company: string; title: string }): Application {
  return { id, stage: 'applied', createdAt: '2026-10-01T09:00:00.000Z', updatedAt: '2026-10-01T09:00:00.000Z', ...fields };
}

function message(fields: Partial<ReadMessage>): ReadMessage {
  return { kind: 'rejection', company: null, title: null, at: null, durationMinutes: null, people: [], senderDomain: null, sentAt: null, ...fields };
}

const ids = (found: ReturnType<typeof matchApplications>) => found.map((candidate) => candidate.application.id);

describe('company names are compared without their legal form', () => {
  test.each([
    ['Acme, Inc.', 'acme'],
    ['ACME GmbH', 'acme'],
    ['The Acme Company', 'acme'],
    ['Acme Ltd', 'acme'],
    ['Société Générale SA', 'societe generale'],
    ['Procter & Gamble Co.', 'procter and gamble'],
    ['Company', 'company'],
  ])('%s reads as %s', (name, expected) => {
    expect(normaliseCompany(name)).toBe(expected);
  });
});

describe('matching a message to a tracked application', () => {
  const acmeSite = application('acme-site', { company: 'Acme Inc', title: 'Backend Engineer', url: 'https://careers.acme.com/jobs/123' });
  const globex = application('globex', { company: 'Globex', title: 'Backend Engineer', url: 'https://boards.greenhouse.io/globex/jobs/42' });
  const initech = application('initech', { company: 'Initech GmbH', title: 'Data Analyst', url: 'https://jobs.lever.co/initech/abc-123' });

  test("the sender's domain finds the posting on the employer's own site, even when the text names no company", () => {
    const found = matchApplications(message({ senderDomain: 'acme.com' }), [globex, acmeSite, initech]);
    expect(ids(found)).toEqual(['acme-site']);
    expect(found[0]!.reasons).toContain('domain');
  });

  test("a subdomain sender (mail.acme.com) is the same employer", () => {
    expect(ids(matchApplications(message({ senderDomain: 'talent.acme.com' }), [globex, acmeSite]))).toEqual(['acme-site']);
  });

  test('the company name matches whatever its legal form', () => {
    expect(ids(matchApplications(message({ company: 'Initech', senderDomain: 'initech.de' }), [globex, acmeSite, initech]))).toEqual(['initech']);
  });

  test('an ATS sender plus the company named in the message finds it; the ATS domain alone matches nothing', () => {
    expect(ids(matchApplications(message({ company: 'Globex Corporation', senderDomain: 'greenhouse-mail.io' }), [globex, acmeSite, initech]))).toEqual(['globex']);
    expect(matchApplications(message({ senderDomain: 'greenhouse-mail.io' }), [globex, acmeSite, initech])).toEqual([]);
  });

  test("an ATS sender whose message names the company only in its text finds it there", () => {
    const found = matchApplications(message({ senderDomain: 'hire.lever.co' }), [globex, acmeSite, initech], {
      text: 'Thank you for your interest in the Data Analyst role at Initech. After careful review…',
    });
    expect(ids(found)).toEqual(['initech']);
  });

  test("a company's domain name matches a posting kept on an ATS (globex.com and boards.greenhouse.io/globex)", () => {
    expect(ids(matchApplications(message({ senderDomain: 'globex.com' }), [globex, acmeSite]))).toEqual(['globex']);
  });

  test('a job board relaying the rejection (LinkedIn) is not mistaken for the employer', () => {
    const linkedinPosting = application('li', { company: 'LinkedIn', title: 'Engineer', url: 'https://www.linkedin.com/jobs/view/1' });
    expect(isSharedSenderDomain('linkedin.com')).toBe(true);
    expect(ids(matchApplications(message({ company: 'Acme', senderDomain: 'linkedin.com' }), [linkedinPosting, acmeSite]))).toEqual(['acme-site']);
  });

  test('several applications at one company: the matching role first, then the most recent active one', () => {
    const old = application('old', { company: 'Acme', title: 'Support Engineer', stage: 'rejected', updatedAt: '2026-11-20T00:00:00.000Z' });
    const earlier = application('earlier', { company: 'Acme', title: 'Platform Engineer', updatedAt: '2026-09-01T00:00:00.000Z' });
    const recent = application('recent', { company: 'Acme', title: 'Product Designer', stage: 'interviewing', updatedAt: '2026-11-01T00:00:00.000Z' });
    expect(ids(matchApplications(message({ company: 'Acme' }), [old, earlier, recent]))).toEqual(['recent', 'earlier', 'old']);
    expect(ids(matchApplications(message({ company: 'Acme', title: 'Platform Engineer' }), [old, earlier, recent]))[0]).toBe('earlier');
  });

  test('a company merely mentioned loses to the one the message is from', () => {
    const found = matchApplications(message({ company: 'Acme', senderDomain: 'acme.com' }), [acmeSite, globex], { text: 'Acme is a Globex partner.' });
    expect(ids(found)).toEqual(['acme-site']);
  });

  test('an unknown company matches nothing, so the card offers a new application', () => {
    expect(matchApplications(message({ company: 'Umbrella', senderDomain: 'umbrella.com', title: 'Backend Engineer' }), [acmeSite, globex, initech])).toEqual([]);
  });
});
