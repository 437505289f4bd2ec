import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, extractFile } from './helpers';

interface Case {
  file: string;
  url: string;
  expect: { kind: string; title?: string; company?: string; locationContains?: string; datePosted?: string };
}

const cases = (JSON.parse(readFileSync(path.join(FIXTURES, 'cases.json'), 'utf8')) as { cases: Case[] }).cases;

describe('shared fixture pages (cases.json)', () => {
  it('has cases to run', () => {
    expect(cases.length).toBeGreaterThan(10);
  });

  for (const c of cases) {
    it(`${c.file} → ${c.expect.kind}`, () => {
      const r = extractFile(path.join(FIXTURES, c.file), c.url);
      expect(r.kind).toBe(c.expect.kind);
      if (c.expect.kind === 'none') {
        expect(r.posting).toBeNull();
        return;
      }
      const p = r.posting!;
      expect(p).not.toBeNull();
      if (c.expect.title !== undefined) expect(p.title).toBe(c.expect.title);
      if (c.expect.company !== undefined) expect(p.company).toBe(c.expect.company);
      if (c.expect.locationContains !== undefined) expect(p.location ?? '').toContain(c.expect.locationContains);
      if (c.expect.datePosted !== undefined) expect(p.datePosted).toBe(c.expect.datePosted);
      expect(p.url).toMatch(/^https:\/\//);
      expect(p.source).toMatch(/^[a-z]+$/);
    });
  }

  it('gives the board adapter credit and fills in details on real pages', () => {
    const li = extractFile(path.join(FIXTURES, 'linkedin-guest-openai-3915648739.html'), cases.find((c) => c.file.startsWith('linkedin-guest-openai'))!.url);
    expect(li.posting).toMatchObject({ source: 'linkedin', employmentType: 'Full-time' });
    // The off-site apply link is unwrapped from LinkedIn's redirect.
    expect(li.posting!.applyUrl).toBe('https://jobs.ashbyhq.com/openai/d44c9f70-4aef-45a4-a36a-54fb65663ccb');
    expect(li.posting!.description).toContain('OpenAI');

    const gh = extractFile(path.join(FIXTURES, 'greenhouse-jobboards-scaleai-4315289005.html'), 'https://job-boards.greenhouse.io/scaleai/jobs/4315289005?gh_src=abc#app');
    expect(gh.posting).toMatchObject({
      source: 'greenhouse',
      datePosted: '2023-09-11',
      salary: { min: 176000, max: 300000, currency: 'USD', period: 'year' },
      url: 'https://job-boards.greenhouse.io/scaleai/jobs/4315289005',
    });

    const md = extractFile(path.join(FIXTURES, 'jsonld-schemaorg-eg-0028-microdata.html'), 'https://www.example.com/careers/software-engineer');
    expect(md.posting).toMatchObject({ source: 'microdata', employmentType: 'Full-time', salary: { min: 100000, currency: 'USD' } });
    const rdfa = extractFile(path.join(FIXTURES, 'jsonld-schemaorg-eg-0028-rdfa.html'), 'https://www.example.com/careers/software-engineer');
    expect(rdfa.posting!.source).toBe('rdfa');
  });
});
