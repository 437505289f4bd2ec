// `npm run plan -- <backup.json> --now <ISO time> [--tz <Area/City>]`: every pending prompt the engine
// derives from a backup at a moment, as JSON sorted by due time (contract: shared/design/contracts.md §3).
import { readFileSync } from 'node:fs';
import { isKnownTimeZone, systemTimeZone } from '../utils/model/settings';
import { planAll } from '../utils/followups/plan-all';
import { BackupError, readBackup } from '../utils/followups/read-backup';

const USAGE = 'usage: npm run plan -- <backup.json> --now <ISO time> [--tz <Area/City>]';

class UsageError extends Error {}

interface Args {
  file: string;
  now: Date;
  timeZone?: string;
}

function parseArgs(argv: string[]): Args {
  let file: string | undefined;
  let now: string | undefined;
  let timeZone: string | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--now' || arg === '--tz') {
      const value = argv[index + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value. ${USAGE}`);
      if (arg === '--now') now = value;
      else timeZone = value;
      index += 1;
    } else if (arg.startsWith('--')) {
      throw new UsageError(`Unknown option ${arg}. ${USAGE}`);
    } else if (file === undefined) {
      file = arg;
    } else {
      throw new UsageError(`Only one backup file, please (got ${file} and ${arg}). ${USAGE}`);
    }
  }
  if (!file) throw new UsageError(`Which backup? ${USAGE}`);
  if (!now) throw new UsageError(`--now is required. ${USAGE}`);
  const time = new Date(now);
  if (Number.isNaN(time.getTime())) throw new UsageError(`--now '${now}' isn't an ISO time we can read.`);
  if (timeZone !== undefined && !isKnownTimeZone(timeZone)) throw new UsageError(`--tz '${timeZone}' isn't a time zone we know (try Area/City, e.g. Europe/Berlin).`);
  return { file, now: time, timeZone };
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new BackupError(`Can't read ${file}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new BackupError(`${file} isn't valid JSON: ${(error as Error).message}`);
  }
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const data = readBackup(readJson(args.file));
  // --tz wins over the backup's own zone, which wins over this machine's.
  const timeZone = args.timeZone ?? (isKnownTimeZone(data.settings.timeZone) ? data.settings.timeZone : systemTimeZone());
  process.stdout.write(`${JSON.stringify(planAll(data, args.now, timeZone), null, 2)}\n`);
}

try {
  main();
} catch (error) {
  if (!(error instanceof UsageError) && !(error instanceof BackupError)) throw error;
  process.stderr.write(`${error.message.replace(/\s+/g, ' ')}\n`);
  process.exit(error instanceof UsageError ? 2 : 1);
}
