// `npm run email-accuracy`: how well the reader does on the messages written blind (tests/email/blind), and what it misses.
import { measureBlindSets, share } from '../tests/email/blind';

async function main(): Promise<void> {
  const accuracy = await measureBlindSets();
  for (const miss of accuracy.misses) process.stdout.write(`✗ ${miss.file}: ${miss.what}\n`);
  const percent = (right: number, of: number) => `${right}/${of} (${Math.round(share(right, of) * 100)}%)`;
  process.stdout.write(`\nkind ${percent(accuracy.kindRight, accuracy.messages)}, company ${percent(accuracy.companyRight, accuracy.companies)}, interview start ${percent(accuracy.startRight, accuracy.interviews)}\n`);
}

void main();
