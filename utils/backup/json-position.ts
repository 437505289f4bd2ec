// Where JSON.parse gave up, from its message. Engines word this differently and V8 leaves the position
// out of its "Unexpected token" message, quoting the text around the token instead; without this, any
// file that is not JSON at all (a CSV chosen by mistake) was reported as "cut off".

// V8 quotes up to this many characters on each side of the unexpected token.
const V8_CONTEXT = 10;
const V8_UNEXPECTED = /^Unexpected token '([\s\S]+?)', (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/;

/** The offset in `text` at which parsing failed, or null when the message does not say. */
export function jsonErrorOffset(message: string, text: string): number | null {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  // Firefox: "… at line 3 column 7 of the JSON data".
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return offsetOfLine(text, Number(lineColumn[1])) + Number(lineColumn[2]) - 1;
  const quoted = V8_UNEXPECTED.exec(message);
  if (!quoted) return null;
  const [, token, before, context, after] = quoted;
  if (before) {
    // The quote starts V8_CONTEXT characters before the token; near the end of the text, look from the end.
    const start = after ? text.indexOf(context) : text.lastIndexOf(context);
    return start >= 0 ? start + V8_CONTEXT : null;
  }
  if (after) return Math.max(0, context.length - V8_CONTEXT);
  // The whole (short) text was quoted.
  const at = text.indexOf(token);
  return at >= 0 ? at : null;
}

function offsetOfLine(text: string, line: number): number {
  let offset = 0;
  for (let current = 1; current < line; current += 1) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return offset;
}
