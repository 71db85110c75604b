import { searchKey } from "../../src/domain/names";

/** The id part of a place's name: "Xi’an" -> "xi-an", "São Paulo" -> "sao-paulo". */
export function slug(name: string): string {
  return searchKey(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
