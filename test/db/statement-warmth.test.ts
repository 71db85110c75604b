import { StatementWarmth } from "../../src/db/statement-warmth";

/** A call that answers when the test says so. */
function pending<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("the warmth of statements", () => {
  it("runs a statement not yet planned once at a time: the others wait for the first, then run", async () => {
    const warmth = new StatementWarmth();
    const first = pending<string>();
    const started: string[] = [];
    const leader = warmth.run("MATCH (n) RETURN n", {}, () => {
      started.push("first");
      return first.promise;
    });
    const followers = ["second", "third"].map((name) =>
      warmth.run("MATCH (n) RETURN n", {}, async () => {
        started.push(name);
        return name;
      }),
    );
    await tick();
    expect(started).toEqual(["first"]);

    first.resolve("first");
    expect(await Promise.all([leader, ...followers])).toEqual(["first", "second", "third"]);
    expect(started).toEqual(["first", "second", "third"]);
    expect(warmth.isPlanned("MATCH (n) RETURN n")).toBe(true);
  });

  it("runs a planned statement at once, and other statements beside a cold one", async () => {
    const warmth = new StatementWarmth();
    warmth.remember("RETURN 1");
    const cold = pending<string>();
    void warmth.run("RETURN 2", {}, () => cold.promise);
    const started: string[] = [];
    await Promise.all([
      warmth.run("RETURN 1", {}, async () => started.push("planned")),
      warmth.run("RETURN 3", {}, async () => started.push("another")),
    ]);
    expect(started.sort()).toEqual(["another", "planned"]);
    cold.resolve("done");
  });

  it("lets a waiting call go when its request gives up first (deadline or client gone)", async () => {
    const warmth = new StatementWarmth();
    const first = pending<string>();
    void warmth.run("RETURN 1", {}, () => first.promise);
    const gaveUp = pending<void>();
    const waiting = warmth.run("RETURN 1", {}, async () => "ran anyway", {
      giveUp: () => ({ when: gaveUp.promise, cancel: () => undefined }),
    });
    gaveUp.resolve();
    expect(await waiting).toBe("ran anyway");
    expect(warmth.isPlanned("RETURN 1")).toBe(false);
    first.resolve("first");
  });

  it("hands the lead to the next call when the first fails", async () => {
    const warmth = new StatementWarmth();
    const first = pending<string>();
    const failed = warmth.run("RETURN 1", {}, () => first.promise);
    const next = warmth.run("RETURN 1", {}, async () => "next");
    first.reject(new Error("timed out"));
    await expect(failed).rejects.toThrow("timed out");
    expect(await next).toBe("next");
    expect(warmth.isPlanned("RETURN 1")).toBe(true);
  });

  it("forgets every plan when the database was away", async () => {
    const warmth = new StatementWarmth();
    await warmth.run("RETURN 1", {}, async () => "ran");
    warmth.forget();
    expect(warmth.isPlanned("RETURN 1")).toBe(false);
  });

  it("lists the statements clients used most, with their last parameters, warm-up plans not counted", async () => {
    const warmth = new StatementWarmth();
    for (const id of ["a", "b", "c"]) {
      await warmth.run("MATCH (n {id: $id}) RETURN n", { id }, async () => id);
    }
    await warmth.run("RETURN 1", {}, async () => 1);
    for (let plan = 0; plan < 5; plan++) {
      await warmth.run("RETURN 2", {}, async () => 2, { use: false });
    }
    expect(warmth.busiest(2)).toEqual([
      { statement: "MATCH (n {id: $id}) RETURN n", params: { id: "c" } },
      { statement: "RETURN 1", params: {} },
    ]);
  });
});
