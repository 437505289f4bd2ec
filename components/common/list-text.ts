/** "a, b ,, c" → ["a", "b", "c"]: how lists (tags, skill gaps) are typed in one text box. */
export function splitList(text: string): string[] {
  return [...new Set(text.split(/[,\n]/).map((item) => item.trim()).filter(Boolean))];
}

export function joinList(items: readonly string[] | null | undefined): string {
  return (items ?? []).join(', ');
}
