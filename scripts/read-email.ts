// `npm run read-email -- <file> [--now <ISO time>] [--tz <Area/City>]`: what Ajar reads from one message
// (.eml, .ics, or text with From:/Subject:/Date: lines), as the contract's JSON (shared/design/contracts.md §3).
import { readFileSync } from 'node:fs';
import { isKnownTimeZone } from '../utils/model/settings';

const USAGE = 'usage: npm run read-email -- <file> [--now <ISO time>] [--tz <Area/City>]';

class UsageError extends Error {}

function parseArgs(argv: string[]): { file: string; now: Date; timeZone: string } {
  let file: string | undefined;
  let now: string | undefined;
  let timeZone: string | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--now' || flag === '--tz') {
      const value = inline ?? argv[++index];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value. ${USAGE}`);
      if (flag === '--now') now = value;
      else timeZone = value;
    } else if (arg.startsWith('--')) {
      throw new UsageError(`Unknown option ${arg}. ${USAGE}`);
    } else if (file === undefined) {
      file = arg;
    } else {
      throw new UsageError(`Only one message, please (got ${file} and ${arg}). ${USAGE}`);
    }
  }
  if (!file) throw new UsageError(`Which message? ${USAGE}`);
  const time = now === undefined ? new Date() : new Date(now);
  if (Number.isNaN(time.getTime())) throw new UsageError(`--now '${now}' isn't an ISO time we can read.`);
  const zone = timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!isKnownTimeZone(zone)) throw new UsageError(`--tz '${timeZone}' isn't a time zone we know (try Area/City, e.g. Europe/Paris).`);
  return { file, now: time, timeZone: zone };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  let content: Buffer;
  try {
    content = readFileSync(args.file);
  } catch (error) {
    throw new UsageError(`Can't read ${args.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  // Loaded after the arguments are checked, so a usage error answers at once.
  const { readMessage, sourceFromFile } = await import('../utils/email');
  const bytes = content.buffer.slice(content.byteOffset, content.byteOffset + content.byteLength) as ArrayBuffer;
  const read = await readMessage(sourceFromFile(args.file, bytes), { now: args.now, timeZone: args.timeZone });
  const { kind, company, title, at, durationMinutes, people } = read;
  process.stdout.write(`${JSON.stringify({ kind, company, title, at, durationMinutes, people }, null, 2)}\n`);
}

main().catch((error: unknown) => {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`read-email: ${error.message}\n`);
  process.exit(2);
});
