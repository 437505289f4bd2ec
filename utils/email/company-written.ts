import { nameBeforeShortForm, nameBehindInitials, standsFor } from './initials';
import type { CompanyCandidate } from './company-features';
import { cleanCompany, fullerInText, withJoinersWritten } from './company-names';
import { escapeRegExp, fold } from './text-patterns';

/** The employer the model chose, as the message writes it: in full, with its small words, behind its initials. */
/** `byRules`: the hand-ordered rules' choice, which may spell the same firm more fully. */
export function asTheMessageWritesIt(chosen: string, byRules: string | null, offered: CompanyCandidate[], everything: string): string {
  // "SELOGESA" chosen, "Servicios Logísticos Ecuatoguineanos, S.A. (SELOGESA)" in the letter: the name the short form stands for.
  // "EPGPM" chosen, "Établissement public de gestion portuaire de Mohéli" in the letter: initials spelled out. Not a
  // name said as a word ("COVIMAN", "MUTAVIE"), which is how the firm is known.
  const shortFor = nameBeforeShortForm(chosen, everything) ?? (/^\p{Lu}{4,6}$/u.test(chosen) && (chosen.match(/[AEIOUY]/g)?.length ?? 0) <= 1 ? nameBehindInitials(chosen, everything) : null);
  if (shortFor) return shortFor;
  // "Ortega Lumbreras" from the subject, "Lumbreras Consultores" as the domain spells it: the one name in the text both
  // are part of ("en Ortega Lumbreras Consultores"), whichever of them was chosen.
  const joined = joinedName(chosen, offered, everything);
  if (joined) return joined;
  // "CISSS Haute-Matawinie" chosen, "CISSS de la Haute-Matawinie" as the letter writes it: the small words go back in.
  const written = withJoinersWritten(chosen, everything);
  if (written !== chosen) return written;
  // "Cervecería Patagonia Austral" chosen, "… S.R.L" as the rules spell it in full: the same firm, spelled in full.
  if (byRules && fold(cleanCompany(byRules) ?? '') === fold(chosen)) return byRules;
  // "Cooperativa … Públicos" chosen, its line "El Pinar Ltda." below: the legal-form line finishes the name.
  if (byRules?.startsWith(`${chosen} `) && offered.find((entry) => entry.name === byRules)?.sources.includes('legal-form')) return byRules;
  // "LMT CPA" chosen, "Lavoie Morin Tremblay" as the rules spell its initials out: the name behind them.
  if (byRules && standsFor(chosen, byRules)) return byRules;
  // "Veenland College" chosen, "Het Veenland College" as the sender writes it: the article or trade it goes by.
  // Not a longer ending: the model chose "Moorfield" over "Moorfield Technologies" knowingly. A ministry's portfolios
  // (", Klimaat en Kust"), what a school is for (" für angewandte Wissenschaften") or a "Group of Companies" make no other name.
  const full = fullerInText(chosen, everything);
  return full.endsWith(chosen) || (full.startsWith(chosen) && (/^(?:, | für )/.test(full.slice(chosen.length)) || full === `${chosen.replace(/ Group$/, '')} Group of Companies`)) ? full : chosen;
}

function joinedName(chosen: string, offered: CompanyCandidate[], everything: string): string | null {
  const chosenEntry = offered.find((entry) => entry.name === chosen);
  for (const other of offered) {
    if (other.name === chosen || !(other.sources.includes('domain-spelled') || chosenEntry?.sources.includes('domain-spelled'))) continue;
    for (const [head, tail] of [[chosen, other.name], [other.name, chosen]]) {
      const [headWords, tailWords] = [head.split(' '), tail.split(' ')];
      if (headWords.length < 2 || tailWords.length < 2 || headWords.at(-1) !== tailWords[0]) continue;
      const name = [...headWords, ...tailWords.slice(1)].join(' ');
      if (new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(name)}(?![\p{L}\p{N}])`, 'u').test(everything)) return name;
    }
  }
  return null;
}
