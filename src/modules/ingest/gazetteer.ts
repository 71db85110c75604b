import { REFORM_2025_EFFECTIVE_ON } from "../../domain/model";
import type {
  CountryRecord,
  GroupRecord,
  LocalityRecord,
  OrganizationRecord,
  ProvinceRecord,
} from "../../records/record-format";
import { type Match, PhraseMatcher } from "./text-matcher";

/** A place (or organisation) the ingest can name: its graph id and the country it lies in. */
export interface Place {
  id: string;
  label: "Province" | "Country" | "ForeignLocality" | "Group" | "Organization";
  /** ISO 3166-1 alpha-2; "VN" for provinces. Null for international organisations. */
  country: string | null;
  name: string;
  /** For foreign localities: the larger unit it lies in (a city's state). */
  partOf?: string | null;
  /** For provinces: which side of the 2025 reform the unit belongs to. */
  era?: string;
}

export interface GazetteerRecords {
  provinces: ProvinceRecord[];
  countries: CountryRecord[];
  localities: LocalityRecord[];
  groups: GroupRecord[];
  organizations: OrganizationRecord[];
}

/** The gazetteer as the ingest reads it: every name and alias of every place, ready to be found in text. */
export class Gazetteer {
  private readonly matcher = new PhraseMatcher<Place[]>();
  private readonly byId = new Map<string, Place>();

  /** `base`: the gazetteer these records are laid over (one article's proposed places over the seeds'). */
  constructor(
    records: GazetteerRecords,
    private readonly base: Gazetteer | null = null,
  ) {
    const names = new Map<string, Place[]>();
    const add = (place: Place, spellings: Array<string | null | undefined>) => {
      this.byId.set(place.id, place);
      for (const spelling of spellings) {
        if (!spelling) continue;
        const key = spelling.normalize("NFC");
        const list = names.get(key) ?? [];
        if (!list.some((other) => other.id === place.id)) list.push(place);
        names.set(key, list);
      }
    };
    for (const p of records.provinces) {
      add({ id: p.id, label: "Province", country: "VN", name: p.nameVi, era: p.era }, [
        p.nameVi,
        p.nameEn,
        ...p.aliases,
      ]);
    }
    for (const c of records.countries) {
      add({ id: c.id, label: "Country", country: c.code, name: c.nameVi }, [
        c.nameVi,
        c.nameEn,
        c.officialNameVi,
        c.officialNameEn,
        ...c.aliases,
      ]);
    }
    for (const l of records.localities) {
      add(
        {
          id: l.id,
          label: "ForeignLocality",
          country: l.country.slice(8),
          name: l.nameVi ?? l.nameEn,
          partOf: l.partOf,
        },
        [l.nameEn, l.nameVi, l.nameLocal, ...l.aliases],
      );
    }
    for (const g of records.groups) {
      add({ id: g.id, label: "Group", country: g.country.slice(8), name: g.nameVi }, [
        g.nameVi,
        g.nameEn,
        ...g.aliases,
      ]);
    }
    for (const o of records.organizations) {
      add({ id: o.id, label: "Organization", country: o.country?.slice(8) ?? null, name: o.nameEn }, [
        o.nameVi,
        o.nameEn,
        ...o.aliases,
      ]);
    }
    for (const [spelling, places] of names) {
      // Names are words too ("Ý", "Trang"): in Vietnamese text only a capitalised spelling names the place.
      this.matcher.add(spelling, places, { proper: true });
    }
  }

  get(id: string): Place | undefined {
    return this.byId.get(id) ?? this.base?.get(id);
  }

  /** This gazetteer and the places an article proposes, so that its facts can name them. */
  withPlaces(localities: LocalityRecord[]): Gazetteer {
    if (localities.length === 0) return this;
    return new Gazetteer({ provinces: [], countries: [], localities, groups: [], organizations: [] }, this);
  }

  /**
   * The places named in a text. Where a name is shared by a unit that ceased in the 2025 reform and
   * its successor ("Tây Ninh"), the article's date picks the one that existed then.
   */
  find(text: string, on: string | null, diacritics?: boolean): Array<Match<Place>> {
    const afterReform = on !== null && on >= REFORM_2025_EFFECTIVE_ON;
    const own = this.matcher.find(text, diacritics).map((match) => ({
      start: match.start,
      end: match.end,
      value: pickByEra(match.value, afterReform),
    }));
    if (!this.base) return own;
    // A proposed place is named where no known one is: where the two overlap, it wins.
    const below = this.base
      .find(text, on, diacritics)
      .filter((match) => !own.some((mine) => mine.start < match.end && match.start < mine.end));
    return [...below, ...own].sort((a, b) => a.start - b.start);
  }
}

function pickByEra(places: Place[], afterReform: boolean): Place {
  const wanted = afterReform ? "PRE_2025" : "POST_2025";
  return places.find((place) => place.era !== wanted) ?? (places[0] as Place);
}
