import { ENTITY_FORM, cleanCompany } from './company-names';
import { NAME_RUN, ROLE_WORDS, fold } from './text-patterns';
import { looksLikeOrganisation, looksLikePerson } from './name-shapes';

// A letter may name the group that owns the firm hiring ("a concern of Shapla Group of Companies", "Tochtergesellschaft
// der … Holding GmbH"). The firm is the employer; the owner never is.

// "Padma Agro Feeds Limited, a (sister) concern of Shapla Group of Companies": the unit, then its owner.
// "Verdemar Logística, empresa del Grupo Verdemar", "…, filiale du groupe …", "…, ein Unternehmen der …", "…, onderdeel van …".
const UNIT_OF = new RegExp(String.raw`(${NAME_RUN}),? (?:(?:is )?(?:a|an|one of the) (?:sister |group )?(?:concern|subsidiary|unit|division|member company|company|companies) of|(?:is )?part of|(?:una )?(?:empresa|filial|sociedad) del?|(?:une )?(?:filiale|soci[ée]t[ée]|entreprise) (?:du|de|d['’])|membre du|(?:ein )?(?:Unternehmen|Tochterunternehmen|Tochtergesellschaft) der|(?:een )?(?:onderdeel|dochteronderneming|dochter) van) (?:the |der |des |du |de |van |del |la |le |l['’])?(${NAME_RUN})`, 'gu');
// "au Groupe Verdalis et à sa filiale Verdalis Énergies", "the Harlow Group and its subsidiary Harlow Freight": the owner, then the unit.
const OWNER_THEN_UNIT = new RegExp(String.raw`(${NAME_RUN}) (?:et|and|y|und|en) (?:à |a |de |van |bei )?(?:sa|son|its|su|seine[rm]?|ihre[rm]?|zijn|haar) (?:filiale|subsidiary|filial|Tochter(?:gesellschaft|unternehmen|firma)?|dochter(?:onderneming|bedrijf)?) (${NAME_RUN})`, 'gu');
// "Tochtergesellschaft der …", "a subsidiary of …", "filiale du groupe …" in a footer: the owner alone.
const OWNED_BY = new RegExp(String.raw`(?:Tochter(?:gesellschaft|unternehmen) (?:der|des|von)|[Ee]in Unternehmen der|[Ff]iliale (?:du groupe|de|d['’])|[Aa] (?:wholly[- ]owned )?subsidiary of|[Ee]en (?:dochteronderneming|dochter) van|[Uu]na (?:filial|empresa) del?(?: [Gg]rupo)?)\s+(?:the |der |des |du |de |van |del |la |le )?(${NAME_RUN})`, 'gu');
// "Ledgerline (Pyrmont Ledger Pty Ltd)": the brand the firm trades as, then the legal entity behind it.
// A line of its own, as a signature or a letterhead writes it: "à Plan-les-Ouates (Lémanix Digital SA)" is a town, then the firm.
const BRAND_THEN_ENTITY = new RegExp(String.raw`(?<=^|\n)[ \t]*(${NAME_RUN}) \(([^()\n]{2,60}?\b${ENTITY_FORM})\.?\)[ \t]*(?=\n|$)`, 'gu');

export interface FirmsAndOwners {
  /** The firms said to belong to a group, as written. */
  units: string[];
  /** The owner by its name, a shorter form of it ("Shapla Group"), or said as the owner ("Tochtergesellschaft der …");
   *  not a unit named after it ("Ukpik Bay Technical Services", a subsidiary of Ukpik Bay Corporation). */
  ownsTheFirm: (name: string) => boolean;
}

export function firmsAndOwners(text: string): FirmsAndOwners {
  const owners = new Set<string>();
  const units: string[] = [];
  const unitOf = (unit: string, ownerAsWritten: string) => {
    units.push(unit);
    const owner = cleanCompany(ownerAsWritten);
    if (owner && fold(owner) !== fold(cleanCompany(unit) ?? '')) owners.add(fold(owner));
  };
  for (const match of text.matchAll(UNIT_OF)) {
    // "Técnica de Compras en Albarca Alimentación, empresa del …": the title before "en" is no part of the unit.
    const [, before, after] = /^(.+)\s(?:en|at|bei|bij|chez|in)\s(\p{Lu}.+)$/u.exec(match[1]) ?? [];
    unitOf(before && ROLE_WORDS.test(before) ? after : match[1], match[2]);
  }
  for (const match of text.matchAll(OWNER_THEN_UNIT)) unitOf(match[2], match[1]);
  for (const match of text.matchAll(BRAND_THEN_ENTITY)) {
    const [brand, entity] = [cleanCompany(match[1]), cleanCompany(match[2])];
    // A person, then where they work ("Mia Tran (Pyrmont Ledger Pty Ltd)"), or the same name made longer, is no brand.
    if (brand && entity && !(looksLikePerson(brand) && !looksLikeOrganisation(brand)) && !fold(entity).startsWith(fold(brand))) unitOf(brand, entity);
  }
  for (const match of text.matchAll(OWNED_BY)) {
    const owner = cleanCompany(match[1]);
    if (owner) owners.add(fold(owner));
  }
  return { units, ownsTheFirm: (name) => [...owners].some((owner) => owner.startsWith(fold(name)) || fold(name).endsWith(owner)) };
}
