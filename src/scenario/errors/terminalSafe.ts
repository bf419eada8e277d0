/**
 * Text from a scenario file or the command line made safe to print in a terminal:
 * control characters (C0, DEL, C1, escape sequences, carriage returns, bells, NUL),
 * line and paragraph separators, bidirectional overrides, the invisible byte-order mark
 * and lone surrogates (which no encoding can print) are shown escaped (`\x1b`,
 * `\r`, `\n`, `\u{202e}`), so a file cannot forge an error line, move the cursor or
 * clear the screen; text longer than `maxChars` is cut with an ellipsis and its length.
 */
export function terminalSafe(text: string, maxChars = Infinity): string {
  const chars = Array.from(text);
  const kept = chars.length > maxChars ? chars.slice(0, maxChars) : chars;
  let out = '';
  for (const c of kept) out += escapeChar(c);
  return chars.length > maxChars ? `${out}… (${chars.length} characters)` : out;
}

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\0': '\\0' };

function escapeChar(c: string): string {
  const code = c.codePointAt(0)!;
  if (!isUnsafe(code)) return c;
  return NAMED[c] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`);
}

function isUnsafe(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x2028 && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    (code >= 0xd800 && code <= 0xdfff) ||
    code === 0xfeff
  );
}
