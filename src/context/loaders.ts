import DataLoader from "dataloader";
import type {
  CitationValue,
  EntitiesSeen,
  Entity,
  EvidenceValue,
  FigureValue,
  MembershipValue,
  MergerValue,
  ParticipationValue,
  StatedCountValue,
} from "../domain/entities";
import type {
  BucketQuestion,
  BucketValue,
  DashboardRepository,
  GroupBy,
} from "../modules/dashboard/dashboard.repository";
import type { EntityRepository } from "../modules/entities/entity.repository";
import type {
  ConnectionArgs,
  FactSort,
  NetworkRepository,
  PartnerSort,
  PartnerValue,
} from "../modules/network/network.repository";
import type { LookupRepository } from "../modules/participants/lookup.repository";
import type { Page, PageRequest } from "../shared/pagination";

/**
 * One request's DataLoaders. Every field that reads the database goes through one of them, so a
 * nested request costs one round trip per level, however many parents that level has.
 */
export function createLoaders(
  entities: EntityRepository,
  network: NetworkRepository,
  lookups: LookupRepository,
  dashboard: DashboardRepository,
) {
  const entity = byId<Entity | null>((ids) => entities.byIds(ids), null);
  // Pages, quotes, participations and memberships bring the nodes they name along: the entity
  // loader then has them already.
  const seen: EntitiesSeen = (found) => {
    entity.prime(found.id, found);
  };
  return {
    entity,
    /** For reads outside the loaders that bring nodes along (paths): keeps them for this request. */
    seen,
    evidence: byId<EvidenceValue[]>((ids) => entities.evidenceOf(ids, seen), []),
    figures: byId<FigureValue[]>((ids) => entities.figuresOf(ids), []),
    participations: byId<ParticipationValue[]>((ids) => entities.participationsOf(ids, seen), []),
    parents: byId<string[]>((ids) => entities.parentOf(ids), []),
    mergersFrom: byId<MergerValue[]>((ids) => entities.mergersFrom(ids), []),
    mergersInto: byId<MergerValue[]>((ids) => entities.mergersInto(ids), []),
    groupMembers: byId<MembershipValue[]>((ids) => entities.membersOfGroups(ids, seen), []),
    localityGroups: byId<MembershipValue[]>((ids) => entities.groupsOfLocalities(ids, seen), []),
    statedCounts: byId<StatedCountValue[]>((ids) => entities.statedCountsOf(ids), []),
    citationsOfDocument: byId<CitationValue[]>((ids) => entities.citationsOfDocuments(ids), []),
    citationsBy: byId<CitationValue[]>((ids) => entities.citationsBy(ids), []),
    partners: byRootAndArgs<ConnectionArgs<PartnerSort>, PartnerValue>((roots, args) =>
      network.partnersOf(roots, args, seen),
    ),
    facts: byRootAndArgs<ConnectionArgs<FactSort>, string>((roots, args) =>
      network.factsOf(roots, args, seen),
    ),
    factsOfSource: byRootAndArgs<PageRequest, string>((roots, page) => lookups.factsOfSources(roots, page)),
    buckets: bucketsByQuestion(dashboard),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * Dispatch a batch once the event loop has run every pending promise continuation: DataLoader's
 * default (process.nextTick) fires between continuations, so the parents of one level, resolving in
 * several continuations, could be split over several round trips.
 */
const batchScheduleFn = (callback: () => void) => setImmediate(callback);

function byId<V>(
  fetch: (ids: readonly string[]) => Promise<Map<string, V>>,
  missing: V,
): DataLoader<string, V> {
  return new DataLoader(
    async (ids) => {
      const found = await fetch(ids);
      return ids.map((id) => found.get(id) ?? missing);
    },
    { batchScheduleFn },
  );
}

/**
 * Charts: the groupings asked of the same facts (scope, filter) in one request are counted in one
 * read, e.g. a dashboard's bars by country and by year.
 */
function bucketsByQuestion(dashboard: DashboardRepository) {
  const keyOf = (key: { question: BucketQuestion }) => JSON.stringify(key.question);
  return new DataLoader<{ groupBy: GroupBy; question: BucketQuestion }, BucketValue[], string>(
    async (keys) => {
      const groups = new Map<string, { question: BucketQuestion; groupings: Set<GroupBy> }>();
      for (const key of keys) {
        const group = groups.get(keyOf(key)) ?? { question: key.question, groupings: new Set() };
        group.groupings.add(key.groupBy);
        groups.set(keyOf(key), group);
      }
      const answers = new Map<string, Map<GroupBy, BucketValue[]>>();
      for (const [questionKey, group] of groups) {
        answers.set(questionKey, await dashboard.buckets([...group.groupings], group.question));
      }
      return keys.map((key) => answers.get(keyOf(key))?.get(key.groupBy) ?? []);
    },
    { cacheKeyFn: (key) => `${key.groupBy}|${keyOf(key)}`, batchScheduleFn },
  );
}

/**
 * Connection fields: parents asking with the same arguments (filter, sort, page) are answered by one
 * query over all of them; different arguments make separate queries.
 */
function byRootAndArgs<A, V>(fetch: (roots: readonly string[], args: A) => Promise<Map<string, Page<V>>>) {
  const empty: Page<V> = { items: [], totalCount: 0, hasNextPage: false };
  return new DataLoader<{ root: string; args: A }, Page<V>, string>(
    async (keys) => {
      const groups = new Map<string, { args: A; roots: string[] }>();
      for (const key of keys) {
        const argsKey = JSON.stringify(key.args);
        const group = groups.get(argsKey) ?? { args: key.args, roots: [] };
        group.roots.push(key.root);
        groups.set(argsKey, group);
      }
      const answers = new Map<string, Page<V>>();
      for (const [argsKey, group] of groups) {
        const pages = await fetch([...new Set(group.roots)], group.args);
        for (const root of group.roots) {
          answers.set(`${argsKey}|${root}`, pages.get(root) ?? empty);
        }
      }
      return keys.map((key) => answers.get(`${JSON.stringify(key.args)}|${key.root}`) ?? empty);
    },
    { cacheKeyFn: (key) => `${JSON.stringify(key.args)}|${key.root}`, batchScheduleFn },
  );
}
