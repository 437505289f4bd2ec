import { execFile, execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers';

const ROOT = path.resolve(__dirname, '../..');
/** Runs the CLI and resolves with its exit status and output (never rejects). */
const run = (args: string[]) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/extract.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }));
  });

describe('npm run extract (scripts/extract.ts)', () => {
  it('prints one JSON object with the posting fields in contract order', () => {
    const out = execFileSync(
      path.join(ROOT, 'node_modules/.bin/tsx'),
      ['scripts/extract.ts', path.join(FIXTURES, 'greenhouse-legacy-boards-anthropic-4182383008.html'), '--url', 'https://boards.greenhouse.io/anthropic/jobs/4182383008'],
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

  it('fails with exit 2 and a one-line message on bad arguments or an unreadable file', async () => {
    // Three independent runs at once: each pays the TypeScript loader's start-up.
    const [missingUrl, missingFile, badUrl] = await Promise.all([
      run([path.join(FIXTURES, 'jsonld-schemaorg-eg-0028.html')]),
      run(['/nonexistent/page.html', '--url', 'https://example.com/job']),
      run([path.join(FIXTURES, 'jsonld-schemaorg-eg-0028.html'), '--url', 'not a url']),
    ]);
    expect(missingUrl.status).toBe(2);
    expect(missingUrl.stdout).toBe('');
    expect(missingUrl.stderr.trim().split('\n').filter((l) => l.startsWith('extract:'))).toHaveLength(1);

    expect(missingFile.status).toBe(2);
    expect(missingFile.stderr).toMatch(/extract: cannot read .*ENOENT/);

    expect(badUrl.status).toBe(2);
  });
});
