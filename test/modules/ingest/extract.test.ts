import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ingestBytes } from "../../../src/modules/ingest/ingest";
import { FactRecord } from "../../../src/records/record-format";
import { PROJECT_ROOT } from "../../../src/shared/paths";
import { encode, ingestFixture } from "./support";

const CORPUS = join(PROJECT_ROOT, "..", "shared", "corpus");

const ingest = (text: string, name = "short.txt", options = {}) =>
  ingestBytes(ingestFixture().extractor, name, encode(text), options);

describe("proposals from an article", () => {
  it("proposes a delegation received, with the Vietnamese province from the context and a verbatim quote", () => {
    const text =
      "Lai Châu tăng cường hợp tác với các tỉnh Bắc Lào\n\nNgày 16/8, lãnh đạo tỉnh đã đón tiếp đoàn công tác tỉnh Luông Pha Bang (Lào) sang thăm và làm việc.";
    const { proposals, source } = ingest(text, "short.txt", { publishedOn: "2023-08-20" });
    expect(source.about).toBe("province:lai-chau");
    const delegation = proposals.find((p) => p.record.type === "Delegation");
    expect(delegation?.record).toMatchObject({
      direction: "INCOMING",
      vietnameseSide: ["province:lai-chau"],
      foreignSide: ["locality:la-luang-prabang"],
      period: { start: "2023-08-16", end: "2023-08-16", precision: "DAY" },
      status: "COMPLETED",
    });
    const quote = delegation?.record.evidence[0]?.quote;
    expect(text.slice(delegation?.quote.start, delegation?.quote.end)).toBe(quote);
    expect(quote).toMatch(/^Ngày 16\/8, lãnh đạo tỉnh đã đón tiếp/);
    expect(delegation?.status).toBe("PROPOSED");
    expect(delegation?.confidence).toBeGreaterThan(0.5);
  });

  it("gives a planned status to what the article says will happen", () => {
    const { proposals } = ingest(
      "Tỉnh Sơn La dự kiến ký biên bản ghi nhớ với tỉnh Xiêng Khoảng vào tháng 3/2024.",
      "plan.txt",
      {
        publishedOn: "2023-12-01",
      },
    );
    expect(proposals.map((p) => p.record)).toContainEqual(
      expect.objectContaining({
        type: "Agreement",
        kind: "MOU",
        status: "PLANNED",
        parties: ["province:son-la", "locality:la-xiengkhouang"],
        period: { start: "2024-03-01", end: "2024-03-31", precision: "MONTH" },
      }),
    );
  });

  it("reads an English article: funder and beneficiary from the word order, figures in English format", () => {
    const text =
      "On 5 March 2022, the Japanese prefecture of Hyogo funded a school in Long An province with nearly 1.5 million USD.";
    const { proposals } = ingest(text, "english.txt");
    const aid = proposals.find((p) => p.record.type === "Programme" && p.record.kind === "AID_PROJECT");
    expect(aid?.record).toMatchObject({
      fundedBy: ["locality:jp-hyogo"],
      beneficiaries: ["province:long-an"],
      figures: [{ value: 1_500_000, unit: "USD", qualifier: "ABOUT", text: "1.5 million USD" }],
      period: { start: "2022-03-05", precision: "DAY" },
    });
  });

  it("lists both sides of a forum as its partners, and cites the article for the Vietnamese province", () => {
    const text = "Năm 2019, tỉnh Bình Phước và tỉnh Kratie tổ chức diễn đàn hợp tác biên giới.";
    const { proposals, source } = ingest(text, "forum.txt");
    const forum = proposals.find((p) => p.record.type === "Programme" && p.record.kind === "FORUM");
    expect(forum?.record).toMatchObject({
      partners: ["province:binh-phuoc", "locality:kh-kratie"],
      runBy: [],
      fundedBy: [],
      beneficiaries: [],
    });
    expect(source.about).toBe("province:binh-phuoc");
  });

  it("cites the article for the Vietnamese province also when the foreign side runs the programme", () => {
    const text = "Từ năm 2018, tỉnh Hyogo (Nhật Bản) đưa tình nguyện viên đến giúp tỉnh Long An.";
    const { proposals, source } = ingest(text, "volunteers.txt");
    expect(proposals[0]?.record).toMatchObject({
      kind: "VOLUNTEERING",
      runBy: ["locality:jp-hyogo"],
      beneficiaries: ["province:long-an"],
    });
    expect(source.about).toBe("province:long-an");
  });

  it("takes a Cambodian province in the article's own spelling", () => {
    const { proposals } = ingest(
      "Năm 2015, tỉnh Long An đã trao tặng quà cho hộ nghèo tỉnh Pray Veng.",
      "gift.txt",
    );
    expect(proposals[0]?.record).toMatchObject({
      type: "Programme",
      kind: "HUMANITARIAN",
      fundedBy: ["province:long-an"],
      beneficiaries: ["locality:kh-prey-veng"],
      sectors: ["HUMANITARIAN"],
    });
  });

  it.each([
    "000_2375695d9e1b56f4",
    "001_d3df1d2f0ab25093",
    "002_2dc6bf13558371b9",
    "003_c885226d3db36969",
    "004_6f726d94abe901e5",
  ])("proposes valid records with verbatim quotes from seed article %s", (name) => {
    const raw = readFileSync(join(CORPUS, `${name}.txt`), "utf8");
    const { proposals } = ingest(raw, `${name}.txt`);
    expect(proposals.length).toBeGreaterThan(5);
    for (const proposal of proposals) {
      expect(FactRecord.safeParse(proposal.record).error).toBeUndefined();
      const quote = proposal.record.evidence[0]?.quote as string;
      expect(raw.slice(proposal.quote.start, proposal.quote.end)).toBe(quote);
    }
  });

  it("finds Sơn La's delegations with their figures", () => {
    const raw = readFileSync(join(CORPUS, "001_d3df1d2f0ab25093.txt"), "utf8");
    const records = ingest(raw, "001_d3df1d2f0ab25093.txt").proposals.map((p) => p.record);
    expect(records).toContainEqual(
      expect.objectContaining({
        type: "Delegation",
        direction: "INCOMING",
        delegations: { value: 266, unit: "delegations", qualifier: "EXACT", text: "266 đoàn" },
        people: { value: 2024, unit: "visitor-trips", qualifier: "EXACT", text: "2.024 lượt khách quốc tế" },
      }),
    );
    expect(records).toContainEqual(
      expect.objectContaining({ type: "Programme", kind: "TRAINING", status: "PLANNED" }),
    );
  });
});

describe("places the gazetteer lacks", () => {
  it("proposes a place named with its country in brackets, with the words that name it", () => {
    // Mengzi, a town of Yunnan: too small for the generated cities.
    const text = "Ngày 3/4/2023, tỉnh Lai Châu đã đón tiếp đoàn công tác thành phố Mông Tự (Trung Quốc).";
    const { places } = ingest(text, "mengzi.txt");
    expect(places.map((place) => place.record)).toEqual([
      expect.objectContaining({
        id: "locality:cn-mong-tu",
        country: "country:CN",
        kind: "CITY",
        nameVi: "Mông Tự",
      }),
    ]);
    const [place] = places;
    expect(text.slice(place?.quote.start, place?.quote.end)).toBe("thành phố Mông Tự (Trung Quốc)");
  });

  it("proposes none for a place it knows, curated or generated", () => {
    expect(ingest("Tỉnh Sơn La đón đoàn tỉnh Luông Pha Bang (Lào).", "known.txt").places).toEqual([]);
    expect(ingest("Tỉnh Lai Châu đón đoàn thành phố Côn Minh (Trung Quốc).", "kunming.txt").places).toEqual(
      [],
    );
  });
});

describe("facts that name a proposed place", () => {
  it("name the place the article proposes, not only its country", () => {
    const text = "Ngày 3/4/2023, tỉnh Lai Châu đã đón tiếp đoàn công tác thành phố Mông Tự (Trung Quốc).";
    const { places, proposals } = ingest(text, "mengzi-visit.txt");
    expect(places.map((place) => place.record.id)).toEqual(["locality:cn-mong-tu"]);
    expect(proposals.map((proposal) => proposal.record)).toContainEqual(
      expect.objectContaining({
        type: "Delegation",
        direction: "INCOMING",
        vietnameseSide: ["province:lai-chau"],
        foreignSide: ["locality:cn-mong-tu"],
      }),
    );
  });
});
