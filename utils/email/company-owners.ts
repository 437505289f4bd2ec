import { cleanCompany } from './company-names';
import { NAME_RUN, fold } from './text-patterns';

// A letter may name the group that owns the firm hiring ("a concern of Shapla Group of Companies", "Tochtergesellschaft
// der … Holding GmbH"). The firm is the employer; the owner never is.

// "Padma Agro Feeds Limited, a (sister) concern of Shapla Group of Companies": the unit, then its owner.
const UNIT_OF = new RegExp(String.raw`(${NAME_RUN}),? (?:is )?(?:a|an|one of the) (?:sister |group )?(?:concern|subsidiary|unit|division|member company|company|companies) of (?:the )?(${NAME_RUN})`, 'gu');
// "Tochtergesellschaft der …", "a subsidiary of …", "filiale du groupe …" in a footer: the owner alone.
const OWNED_BY = new RegExp(String.raw`(?:Tochter(?:gesellschaft|unternehmen) (?:der|des|von)|[Ee]in Unternehmen der|[Ff]iliale (?:du groupe|de|d['’])|[Aa] (?:wholly[- ]owned )?subsidiary of|[Ee]en (?:dochteronderneming|dochter) van|[Uu]na (?:filial|empresa) del?(?: [Gg]rupo)?)\s+(?:the |der |des |du |de |van |del |la |le )?(${NAME_RUN})`, 'gu');

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
  for (const match of text.matchAll(UNIT_OF)) {
    units.push(match[1]);
    const owner = cleanCompany(match[2]);
    if (owner && fold(owner) !== fold(cleanCompany(match[1]) ?? '')) owners.add(fold(owner));
  }
  for (const match of text.matchAll(OWNED_BY)) {
    const owner = cleanCompany(match[1]);
    if (owner) owners.add(fold(owner));
  }
  return { units, ownsTheFirm: (name) => [...owners].some((owner) => owner.startsWith(fold(name)) || fold(name).endsWith(owner)) };
}
