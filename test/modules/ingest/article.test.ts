import { IngestInputError, MAX_ARTICLE_BYTES, readArticle } from "../../../src/modules/ingest/article";
import { countCrashes } from "../../../src/modules/ingest/evaluation";
import { encode } from "./support";

const failure = (bytes: Uint8Array, name = "a.txt") => {
  try {
    readArticle(bytes, name);
  } catch (error) {
    return error instanceof IngestInputError ? { code: error.code, message: error.message } : error;
  }
  return null;
};

describe("reading an article", () => {
  it("takes an HTML page's article and leaves its chrome", () => {
    const html = `<!doctype html><html><head><title>Lai Châu đón đoàn Vân Nam</title>
      <meta property="article:published_time" content="2023-08-20T08:00:00+07:00"></head>
      <body><nav><a href="/">Trang chủ</a> | <a href="/tin">Tin tức</a></nav>
      <article><h1>Lai Châu đón đoàn Vân Nam</h1>
      <p>Ngày 16/8, lãnh đạo tỉnh Lai Châu đã đón tiếp đoàn công tác của tỉnh Vân Nam (Trung Quốc) do Phó Tỉnh trưởng dẫn đầu.</p>
      <p>Hai bên đã trao đổi về hợp tác thương mại, du lịch và quản lý biên giới trong thời gian qua và thống nhất các nội dung hợp tác.</p>
      </article><footer>Tổng số lượt truy cập: 51870125</footer></body></html>`;
    const article = readArticle(encode(html), "page.html");
    expect(article.format).toBe("html");
    expect(article.publishedOn).toBe("2023-08-20");
    expect(article.text).toContain("Ngày 16/8, lãnh đạo tỉnh Lai Châu đã đón tiếp đoàn công tác");
    expect(article.text).not.toContain("lượt truy cập");
    expect(article.language).toBe("vi");
  });

  it("strips Markdown's markup and keeps its words", () => {
    const article = readArticle(
      encode(
        "# Long An and Svay Rieng\n\nThe province **signed** an [MOU](https://example.org) with Svay Rieng.",
      ),
      "note.md",
    );
    expect(article.text).toContain("The province signed an MOU with Svay Rieng.");
    expect(article.title).toBe("Long An and Svay Rieng");
    expect(article.language).toBe("en");
  });

  it("reads a plain-text article's title and dateline", () => {
    const article = readArticle(
      encode(
        "Thông tin đối ngoại\n\nKết quả công tác đối ngoại tỉnh Sơn La năm 2017\nThu, 03/05/2018 09:00 | GMT +7\nNội dung.",
      ),
      "a.txt",
    );
    expect(article.title).toBe("Kết quả công tác đối ngoại tỉnh Sơn La năm 2017");
    expect(article.publishedOn).toBe("2018-05-03");
  });

  it("refuses what is not an article with a code and a message", () => {
    expect(failure(new Uint8Array(0))).toMatchObject({ code: "EMPTY_INPUT" });
    expect(failure(encode("  \n\t"))).toMatchObject({ code: "EMPTY_INPUT" });
    expect(failure(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), "x.png")).toMatchObject({
      code: "BINARY_INPUT",
      message: "x.png: a binary file, not a text, HTML or Markdown article",
    });
    expect(failure(new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(65))).toMatchObject({
      code: "INPUT_TOO_LARGE",
    });
    expect(failure(encode("La province a signé un accord de coopération culturelle."))).toMatchObject({
      code: "UNSUPPORTED_LANGUAGE",
    });
    expect(failure(encode("<html><body><script>1</script></body></html>"), "e.html")).toMatchObject({
      code: "EMPTY_INPUT",
    });
  });

  it("never crashes on hostile input: each one ends in proposals or a clear refusal", () => {
    const { crashes, rejected, total } = countCrashes();
    expect(crashes).toBe(0);
    expect(rejected).toBeGreaterThan(0);
    expect(rejected).toBeLessThan(total);
  });
});

describe("Markdown", () => {
  it("keeps underscores inside words", () => {
    expect(readArticle(encode("The kind is JOINT_WORKING_GROUP, _stressed_ here."), "k.md").text).toBe(
      "The kind is JOINT_WORKING_GROUP, stressed here.",
    );
  });
});
