/** Two publications of the feed compared route by route and field by field, for reviewing a new one. */

export interface FieldChange {
  path: string;
  before?: unknown;
  after?: unknown;
  /** A contact without consent (before or after) changed: what it held is never printed. */
  withheld?: true;
}

export interface FeedDiff {
  added: { id: string; naam: string }[];
  removed: { id: string; naam: string }[];
  changed: { id: string; naam: string; fields: FieldChange[] }[];
}

type Raw = { id?: unknown; geometry?: unknown; properties?: Record<string, unknown> };

function byId(feed: unknown): Map<string, Raw> {
  const features = (feed as { features?: unknown })?.features;
  const map = new Map<string, Raw>();
  if (!Array.isArray(features)) return map;
  for (const feature of features as Raw[]) {
    if (typeof feature?.id === 'string' && !map.has(feature.id)) map.set(feature.id, feature);
  }
  return map;
}

/** `{school: {brin: '12AB'}}` -> `{'school.brin': '12AB'}`; lists compared whole. */
function flatten(value: unknown, prefix: string, into: Map<string, string>): Map<string, string> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, into);
  } else if (value !== undefined) {
    into.set(prefix, JSON.stringify(value));
  }
  return into;
}

const hasConsent = (contact: unknown) =>
  contact === undefined ||
  (typeof contact === 'object' && contact !== null && (contact as { toestemming?: unknown }).toestemming === true);

const naamOf = (feature: Raw) => String(feature.properties?.naam ?? '');

export function diffFeeds(before: unknown, after: unknown): FeedDiff {
  const old = byId(before);
  const next = byId(after);
  const diff: FeedDiff = { added: [], removed: [], changed: [] };
  for (const [id, feature] of next) if (!old.has(id)) diff.added.push({ id, naam: naamOf(feature) });
  for (const [id, feature] of old) if (!next.has(id)) diff.removed.push({ id, naam: naamOf(feature) });
  for (const [id, feature] of next) {
    const previous = old.get(id);
    if (!previous) continue;
    const a = flatten({ geometry: previous.geometry, ...previous.properties }, '', new Map());
    const b = flatten({ geometry: feature.geometry, ...feature.properties }, '', new Map());
    const fields: FieldChange[] = [];
    const contactBefore = previous.properties?.contact;
    const contactAfter = feature.properties?.contact;
    if (!hasConsent(contactBefore) || !hasConsent(contactAfter)) {
      // Compared whole, reported as one line without its content.
      if (JSON.stringify(contactBefore) !== JSON.stringify(contactAfter))
        fields.push({ path: 'contact', withheld: true });
      for (const map of [a, b])
        for (const path of [...map.keys()]) if (path === 'contact' || path.startsWith('contact.')) map.delete(path);
    }
    for (const path of new Set([...a.keys(), ...b.keys()])) {
      if (a.get(path) === b.get(path)) continue;
      const parse = (text: string | undefined) => (text === undefined ? undefined : JSON.parse(text));
      fields.push({ path, before: parse(a.get(path)), after: parse(b.get(path)) });
    }
    if (fields.length) diff.changed.push({ id, naam: naamOf(feature), fields });
  }
  return diff;
}
