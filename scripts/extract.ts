// npm run extract -- <page.html> --url <page-url> [--now <ISO time>]
// Prints {"kind","posting"} for a saved page, using the same extractPage the content script runs.
import { readFileSync } from 'node:fs';
import { extractPage } from '../utils/capture/extract';
import { parseHtml } from '../utils/capture/parse-html';

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { file: string; url: string; now: Date } {
  let file: string | undefined;
  let url: string | undefined;
  let now: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (flag === '--url' || flag === '--now') {
      const v = inline ?? argv[++i];
      if (!v) fail(`${flag} needs a value`);
      if (flag === '--url') url = v;
      else now = v;
    } else if (a.startsWith('--')) fail(`unknown option ${a} (usage: extract <page.html> --url <page-url> [--now <ISO time>])`);
    else if (file) fail(`unexpected argument ${a}`);
    else file = a;
  }
  if (!file) fail('missing <page.html> (usage: extract <page.html> --url <page-url> [--now <ISO time>])');
  if (!url) fail('missing --url <page-url>');
  try {
    new URL(url);
  } catch {
    fail(`--url is not a valid URL: ${url}`);
  }
  const when = now ? new Date(now) : new Date();
  if (isNaN(when.getTime())) fail(`--now is not a valid time: ${now}`);
  return { file, url, now: when };
}

const args = parseArgs(process.argv.slice(2));
let html: string;
try {
  html = readFileSync(args.file, 'utf8');
} catch (e) {
  fail(`cannot read ${args.file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
}
const result = extractPage(parseHtml(html, args.url), args.url, args.now);
process.stdout.write(JSON.stringify({ kind: result.kind, posting: result.posting }, null, 2) + '\n');
