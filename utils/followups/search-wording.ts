import { capitalize, numberWord, roleAtCompany } from './wording-parts';

// The lines that say where the search as a whole stands (voice.md: warm, brief, no exclamation marks).

/** "You accepted the Engineer role at Acme. Congratulations: your search is done." */
export function searchDoneLine(company: string, title: string): string {
  const what = title.trim() && company.trim() ? `the ${title.trim()} role at ${company.trim()}` : roleAtCompany(title, company) || 'an offer';
  return `You accepted ${what}. Congratulations: your search is done.`;
}

/** What is left to close, or a send-off when nothing is. */
export function leftToCloseLine(count: number): string {
  if (count === 0) return 'Every other door is closed kindly. Enjoy the new role.';
  return `${capitalize(numberWord(count))} short ${count === 1 ? 'note' : 'notes'} left, to close the other doors kindly and thank the people who helped.`;
}

/** The pipeline line while an offer is in hand: the nudge to add more rests (A9). */
export function offerInHandLine(companies: readonly string[]): string {
  const names = companies.map((company) => company.trim()).filter(Boolean);
  const who = names.length === 0 ? 'An offer is' : names.length === 1 ? `${names[0]}'s offer is` : `Offers from ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} are`;
  return `${who} in hand. No need to add applications while you decide.`;
}
