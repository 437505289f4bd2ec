const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/**
 * RFC 5545 §3.1 folds content lines at 75 octets. The `ics` package counts characters instead, so a
 * line with accents or dashes (3 bytes in UTF-8) comes out too long for strict readers. This unfolds
 * its output and folds again by octets, never inside a character.
 */
export function foldByOctets(text: string): string {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines.map(foldLine).join('\r\n');
}

function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // A continuation line starts with one space, which counts toward its 75 octets.
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
