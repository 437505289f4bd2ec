import { readFileSync } from 'node:fs';
const { timeCandidates } = await import('./utils/email/interview-time.ts');
const { parseText } = await import('./utils/email/parse-text.ts');
const { ownText } = await import('./utils/email/text-patterns.ts');
const m = parseText(readFileSync(process.argv[2], 'utf8'));
const { candidates, text } = timeCandidates(`${m.subject}\n${ownText(m.body)}`, m.date!, process.argv[3] ?? 'Europe/Madrid', m.dateOffset);
for (const c of candidates) console.log(JSON.stringify(c.start), c.score, JSON.stringify(text.slice(c.index - 40, c.index + c.length + 10)));
