import type { AreaRef, Extraction, TitleMention } from '../domain/extraction.js';

/** The outermost area a place lies within: the province of a city, or the province itself. */
export function provinceOf(area: AreaRef): AreaRef {
  let outermost = area;
  while (outermost.within) outermost = outermost.within;
  return outermost;
}

/**
 * The province each person named in an article is known in, or null for a national figure.
 * Together with the exact name it is the person's identity: one name in one province is one
 * person, and the same name in two provinces is two people (DESIGN.md, issue 5).
 *
 * The province comes from the person's own titles (the post a transfer leaves first, then
 * titles in the order written); a person whose titles are all central is national; a person
 * named without a placed title belongs to the article's province. Pure: it reads the
 * extraction only, so the identity never depends on what the graph held before.
 */
export function identityProvinces(extraction: Extraction): Map<string, AreaRef | null> {
  const titlesByName = new Map<string, TitleMention[]>();
  const add = (name: string, titles: ReadonlyArray<TitleMention | null>) => {
    const list = titlesByName.get(name) ?? [];
    for (const title of titles) if (title) list.push(title);
    titlesByName.set(name, list);
  };
  for (const change of extraction.changes) add(change.person, [change.fromTitle]);
  for (const mention of extraction.persons) add(mention.name, mention.titles);
  for (const change of extraction.changes) add(change.person, [change.title]);
  for (const event of extraction.events) for (const participant of event.participants) add(participant.name, []);

  const provinces = new Map<string, AreaRef | null>();
  for (const [name, titles] of titlesByName) {
    const placed = titles.find((title) => title.body?.area);
    if (placed?.body?.area) provinces.set(name, provinceOf(placed.body.area));
    else if (titles.some((title) => title.body?.level === 'CENTRAL')) provinces.set(name, null);
    else provinces.set(name, extraction.context.province ? provinceOf(extraction.context.province) : null);
  }
  return provinces;
}
