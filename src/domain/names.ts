/**
 * The diacritic-free, lower-case form of a name, used to match what users type ("son la", "Luong Pha
 * Bang") against Vietnamese spellings. "đ" is a letter of its own, not an accented d, so Unicode
 * decomposition leaves it alone: it is mapped by hand.
 */
export function searchKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, " ")
    .trim();
}

/** Every distinct search key of a place or organisation's names and aliases, in a stable order. */
export function searchKeys(names: Array<string | null | undefined>): string[] {
  const keys = names.filter((name): name is string => Boolean(name)).map(searchKey);
  return [...new Set(keys)].filter((key) => key.length > 0);
}
