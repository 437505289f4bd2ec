// Text leaves Ajar for other programs (a calendar file, a mail link) where a line break means structure: a
// new property, a new header. Imported fields can hold any kind of break, not only "\n".

/** Every way text can break a line: CRLF, a lone CR or LF, vertical tab, form feed, NEL, U+2028, U+2029. */
// oxlint-disable-next-line no-control-regex -- vertical tab and form feed break lines in some readers
export const LINE_BREAK = /\r\n|[\r\n\u000b\u000c\u0085\u2028\u2029]/g;
// The other control characters (tab excepted), which no field a person writes needs.
// oxlint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

/** A one-line field (a title, a name, a subject): its breaks become spaces. */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAK, ' ').replace(CONTROL, '').replace(/\s{2,}/g, ' ').trim();
}

/** A free-text field (a note, a message): every break becomes `newline`, nothing else controls. */
export function paragraphs(text: string, newline = '\n'): string {
  return text.replace(LINE_BREAK, newline).replace(CONTROL, '');
}
