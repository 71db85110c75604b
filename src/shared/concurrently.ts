/**
 * Works through `items` in order, at most `workers` at a time, taking no new item once `proceed`
 * says no (a shutdown, an outage): warm-ups that must leave cores to requests.
 */
export async function eachConcurrently<T>(
  items: readonly T[],
  workers: number,
  work: (item: T) => Promise<void>,
  proceed: () => boolean = () => true,
): Promise<void> {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined && proceed(); item = queue.shift()) {
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
}
