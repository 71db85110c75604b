import { eachConcurrently } from "../../src/shared/concurrently";

describe("working through items concurrently", () => {
  it("takes the items in order, never more than the workers at a time", async () => {
    const started: number[] = [];
    let running = 0;
    let most = 0;
    await eachConcurrently([1, 2, 3, 4, 5], 2, async (item) => {
      started.push(item);
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setImmediate(resolve));
      running--;
    });
    expect(started).toEqual([1, 2, 3, 4, 5]);
    expect(most).toBe(2);
  });

  it("takes no new item once told to stop", async () => {
    const done: number[] = [];
    await eachConcurrently(
      [1, 2, 3, 4],
      1,
      async (item) => {
        done.push(item);
      },
      () => done.length < 2,
    );
    expect(done).toEqual([1, 2]);
  });
});
