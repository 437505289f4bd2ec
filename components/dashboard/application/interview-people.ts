export interface PickedPeople {
  /** Contacts already in Ajar. */
  existing: string[];
  /** New people to add as interviewers when the interview is saved. */
  added: { name: string; email: string }[];
  /** A name typed but not yet added: saving the interview adds it too, so nobody typed is lost. */
  typing: { name: string; email: string };
}

/** Everyone new the interview names, including a name still in the text box. */
export function newPeopleOf(value: PickedPeople): { name: string; email: string }[] {
  const typed = value.typing.name.trim() ? [{ name: value.typing.name.trim(), email: value.typing.email.trim() }] : [];
  return [...value.added, ...typed];
}
