import { readFileSync } from "node:fs";

/**
 * The messages of a compiled gettext catalogue (.mo), msgid -> msgstr. The format is four 32-bit
 * words of header, then two tables of (length, offset) pairs; the magic number says the byte order.
 */
export function readMoFile(path: string): Map<string, string> {
  const bytes = readFileSync(path);
  const magic = bytes.readUInt32LE(0);
  const little = magic === 0x950412de;
  if (!little && magic !== 0xde120495) throw new Error(`${path}: not a gettext .mo file`);
  const word = (at: number) => (little ? bytes.readUInt32LE(at) : bytes.readUInt32BE(at));
  const count = word(8);
  const ids = word(12);
  const strings = word(16);
  const text = (table: number, i: number) => {
    const length = word(table + i * 8);
    const offset = word(table + i * 8 + 4);
    return bytes.toString("utf8", offset, offset + length);
  };
  const messages = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const id = text(ids, i);
    if (id !== "") messages.set(id, text(strings, i));
  }
  return messages;
}
