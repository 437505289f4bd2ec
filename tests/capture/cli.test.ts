import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers';

const ROOT = path.resolve(__dirname, '../..');
const run = (args: string[]) =>
  spawnSync('npx', ['tsx', 'scripts/extract.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

describe('npm run extract (scripts/extract.ts)', () => {
  it('prints one JSON object with the posting fields in contract order', () => {
    const out = execFileSync(
      'npx',
      ['tsx', 'scripts/extract.ts', path.join(FIXTURES, 'greenhouse-legacy-boards-anthropic-4182383008.html'), '--url', 'https://boards.greenhouse.io/anthropic/jobs/4182383008'],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'ignore'] },
    );
    const parsed = JSON.parse(out) as { kind: string; posting: Record<string, unknown> };
    expect(Object.keys(parsed)).toEqual(['kind', 'posting']);
    expect(parsed.kind).toBe('posting');
    expect(Object.keys(parsed.posting)).toEqual([
      'title', 'company', 'location', 'employmentType', 'remote', 'salary', 'datePosted', 'description', 'applyUrl', 'url', 'source',
    ]);
    expect(parsed.posting).toMatchObject({
      title: 'Machine Learning Systems Engineer, RL Engineering',
      company: 'Anthropic',
      datePosted: '2024-10-18',
      source: 'greenhouse',
    });
  });

  it('fails with exit 2 and a one-line message on bad arguments or an unreadable file', () => {
    const missingUrl = run([path.join(FIXTURES, 'jsonld-schemaorg-eg-0028.html')]);
    expect(missingUrl.status).toBe(2);
    expect(missingUrl.stdout).toBe('');
    expect(missingUrl.stderr.trim().split('\n').filter((l) => l.startsWith('extract:'))).toHaveLength(1);

    const missingFile = run(['/nonexistent/page.html', '--url', 'https://example.com/job']);
    expect(missingFile.status).toBe(2);
    expect(missingFile.stderr).toMatch(/extract: cannot read .*ENOENT/);

    const badUrl = run([path.join(FIXTURES, 'jsonld-schemaorg-eg-0028.html'), '--url', 'not a url']);
    expect(badUrl.status).toBe(2);
  });
});
