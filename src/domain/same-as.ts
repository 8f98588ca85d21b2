/** Two people of one spelling found holding posts in a shared body, with the ids articles gave them. */
export interface SameNamePair {
  a: string;
  b: string;
  aNaturalIds: readonly string[];
  bNaturalIds: readonly string[];
}

/** People to be made one: their current ids, every id articles gave them, and the id they share. */
export interface SameAsGroup {
  personIds: string[];
  naturalIds: string[];
  /** The smallest of `naturalIds`: the same whatever order the articles came in. */
  personId: string;
}

/**
 * The pairs joined into groups (a pair linking two groups joins them), each named by the
 * smallest id articles gave any of its people, so the result does not depend on the order
 * articles arrive in.
 *
 * @example
 * sameAsGroups([{ a: 'p:b', b: 'p:a', aNaturalIds: ['p:b'], bNaturalIds: ['p:a'] }])
 * // [{ personIds: ['p:a', 'p:b'], naturalIds: ['p:a', 'p:b'], personId: 'p:a' }]
 */
export function sameAsGroups(pairs: readonly SameNamePair[]): SameAsGroup[] {
  const parent = new Map<string, string>();
  const naturals = new Map<string, Set<string>>();
  const root = (id: string): string => {
    let current = id;
    while (parent.get(current) !== current) current = parent.get(current)!;
    return current;
  };
  const add = (id: string, naturalIds: readonly string[]) => {
    if (!parent.has(id)) parent.set(id, id);
    naturals.set(id, new Set([...(naturals.get(id) ?? []), ...naturalIds]));
  };
  for (const pair of pairs) {
    add(pair.a, pair.aNaturalIds);
    add(pair.b, pair.bNaturalIds);
    const [ra, rb] = [root(pair.a), root(pair.b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const groups = new Map<string, { personIds: string[]; naturalIds: Set<string> }>();
  for (const id of [...parent.keys()].sort()) {
    const group = groups.get(root(id)) ?? { personIds: [], naturalIds: new Set<string>() };
    group.personIds.push(id);
    for (const natural of naturals.get(id) ?? []) group.naturalIds.add(natural);
    groups.set(root(id), group);
  }
  return [...groups.values()].map(({ personIds, naturalIds }) => {
    const sorted = [...naturalIds].sort();
    return { personIds, naturalIds: sorted, personId: sorted[0] ?? personIds[0]! };
  });
}
