import { searchKey, searchKeys } from "../../src/domain/names";

describe("searchKey", () => {
  it.each([
    ["Sơn La", "son la"],
    ["U Đôm Xay", "u dom xay"],
    ["Phông Sa Lỳ", "phong sa ly"],
    ["Luông Pha Bang", "luong pha bang"],
    ["TP.Sacramento", "tp sacramento"],
    ["Thừa Thiên Huế", "thua thien hue"],
  ])("folds %s to %s", (name, key) => {
    expect(searchKey(name)).toBe(key);
  });
});

describe("searchKeys", () => {
  it("keeps one key per distinct spelling and drops empty names", () => {
    expect(searchKeys(["Sơn La", "Son La", null, "tỉnh Sơn La", ""])).toEqual(["son la", "tinh son la"]);
  });
});
