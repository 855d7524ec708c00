/**
 * Validates a parsed feed document and normalizes it into the routes the map shows. No fetch, no DOM, no zod:
 * usable from the element, a test and a command-line tool alike (parse-feed.ts adds zod for the synchronous
 * `parseFeed`).
 *
 * The envelope is checked first (a failure there is fatal); then every feature on its own, so that one bad
 * row in the publisher's spreadsheet costs one pin, never the map. A feature the fast path (fast-feature.ts) is
 * not sure of goes to zod, through `FeatureChecks`: the element loads zod only when a feed has such a feature.
 */
import { FEED_VERSION, LIST_LIMITS, MAX_BRON_LENGTH, MAX_COORDINATES } from './limits.js';
import type { Contact, RouteFeature, RouteProperties } from './schema.js';
import { canonicalProfiel, profielNaam, resolveRegion } from './domain.js';
import { preview, type FeedProblem } from './messages.js';
import { readValidFeature } from './fast-feature.js';
import { hasInvisible, linkProblem, stripInvisible } from './text-checks.js';
import type { FeedFailure } from './failures.js';
import { MAX_JSON_DEPTH, shapeProblem } from './json-shape.js';
import { schoolDisagreements, schoolKey } from './school-places.js';

/** A contact that may be shown: its person gave consent (the schema admits no other). */
export type ConsentedContact = Contact;

/** One route or leerlab as the map uses it: validated, normalized, and stripped of what may not be shown. */
export type Route = Omit<RouteProperties, 'contact' | 'website' | 'wijzigingUrl' | 'arbeidsmarktregios'> & {
  id: string;
  /** [lon, lat] in WGS84. */
  coordinates: [number, number];
  /** Regions where the route is active; defaults to the school's region. */
  arbeidsmarktregios: string[];
  /** True when `arbeidsmarktregio` is one of the 35 known regions (after resolving codes and aliases). */
  regionKnown: boolean;
  contact?: ConsentedContact;
  website?: string;
  wijzigingUrl?: string;
};

export interface ParsedFeed {
  routes: Route[];
  /** Why features were skipped, one or more per skipped feature. */
  problems: FeedProblem[];
  /** Things fixed or left out on shown routes. */
  warnings: FeedProblem[];
  skipped: number;
  bijgewerkt?: string;
  bron?: string;
  /** A digest of the feed's text, set by loadFeed: a refresh that finds the same digest changes nothing. */
  fingerprint?: string;
}

/**
 * More features than this are refused as a whole: twenty times the national feed; past it the page's longest task
 * grows past 200 ms (BENCHMARKS.md, issue 29). The publisher's tools refuse to write more.
 */
export const MAX_FEATURES = 10_000;
/** At most this many messages say what is wrong with one feature; one more counts the rest. */
export const MAX_PROBLEMS_PER_FEATURE = 10;

export type { FeedFailure } from './failures.js';

export type ParseResult = { ok: true; feed: ParsedFeed } | { ok: false; failure: FeedFailure };

/** zod's verdict on one feature the fast path was not sure of (zod-checks.ts). */
export interface FeatureChecks {
  feature(raw: unknown): { data?: RouteFeature; problems: FoundProblem[] };
}

/** What the steps end with when a feature needs zod and none was given: load it and start again with it. */
export const NEEDS_CHECKS = Symbol('needs zod');

/** Runs steps to the end at once. */
export function runSteps<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The feed, one slice of features at a time: the generator pauses after every `sliceSize` features, so a caller
 * on the page's main thread can let the page respond between slices (load-feed.ts does). Without `checks`, it
 * ends with NEEDS_CHECKS at the first feature the fast path cannot decide.
 */
export function* parseSteps(
  document: unknown,
  url: string,
  checks: FeatureChecks | undefined,
  sliceSize = 50,
): Generator<void, ParseResult | typeof NEEDS_CHECKS, void> {
  if (!isEnvelope(document)) return { ok: false, failure: envelopeFailure(document, url) };
  if (document.feedVersie !== FEED_VERSION) {
    return { ok: false, failure: { kind: 'newer-version', url, version: preview(document.feedVersie) } };
  }
  const features = document.features;
  if (features.length > MAX_FEATURES) {
    return { ok: false, failure: { kind: 'too-many-features', url, count: features.length, limit: MAX_FEATURES } };
  }
  // The steps below (and zod) recurse into what they read: each feature's depth is checked before, one slice at a
  // time like the rest (the text's objects and lists were counted before it was parsed: load-feed.ts).
  const featureDepth = MAX_JSON_DEPTH - 2;

  const routes: Route[] = [];
  const problems: FeedProblem[] = [];
  const warnings: FeedProblem[] = [];
  const firstIndexOfId = new Map<string, number>();
  let skipped = 0;

  for (let index = 0; index < features.length; index++) {
    if (index > 0 && index % sliceSize === 0) yield;
    const shape = shapeProblem(features[index], featureDepth);
    if (shape)
      return { ok: false, failure: { ...shape, ...(shape.kind === 'too-deep' ? { limit: MAX_JSON_DEPTH } : {}), url } };
    const { feature: raw, contactDropped, tooLong } = preflight(features[index]);
    let data = tooLong.length ? undefined : readValidFeature(raw);
    let normalized = false;
    if (!data) {
      if (!checks) return NEEDS_CHECKS;
      const checked = checks.feature(raw);
      const found = [...tooLong, ...checked.problems];
      if (found.length) {
        skipped++;
        const id = readableId(raw);
        for (const problem of capped(found)) problems.push({ index, id, ...problem });
        continue;
      }
      data = checked.data!;
      normalized = true;
    }
    const id = data.id;
    const first = firstIndexOfId.get(id);
    if (first !== undefined) {
      skipped++;
      problems.push({ index, id, path: ['id'], text: (m) => m.issue.duplicateId(first) });
      continue;
    }
    firstIndexOfId.set(id, index);
    const warn = (path: PropertyKey[], text: FeedProblem['text']) => warnings.push({ index, id, path, text });
    // Without consent nothing of the contact is kept, so nothing of it can reach the page; the route stays.
    if (contactDropped) warn(['contact'], (m) => m.warning.contactWithoutConsent);
    if (normalized) warnAboutInvisibles(data, raw, [], warn);
    routes.push(toRoute(data, warn));
  }

  // One school, one place: said on each later route that puts its school elsewhere or names it otherwise.
  // Field by field rather than spread: this runs once per route before the first pins.
  const mentions = routes.map((route) => ({
    school: schoolKey(route.school),
    naam: route.school.naam,
    plaats: route.school.plaats,
    coordinates: route.coordinates,
    at: route.id,
  }));
  for (const found of schoolDisagreements(mentions)) {
    const first = `features[${firstIndexOfId.get(found.first)}] (${found.first})`;
    warnings.push({
      index: firstIndexOfId.get(found.at)!,
      id: found.at,
      path: ['school'],
      text: (m) => m.warning.schoolPlace(found.school, first, found),
      about: 'school-place',
    });
  }
  const feed: ParsedFeed = { routes, problems, warnings, skipped };
  const { bijgewerkt, bron } = document;
  if (bijgewerkt !== undefined) {
    if (isIsoDate(bijgewerkt)) feed.bijgewerkt = bijgewerkt;
    else warnings.push({ path: ['bijgewerkt'], text: (m) => m.warning.badDate(preview(bijgewerkt)) });
  }
  if (bron !== undefined) {
    const cleaned = typeof bron === 'string' ? stripInvisible(bron).trim() : '';
    if (cleaned.length >= 1 && cleaned.length <= MAX_BRON_LENGTH) feed.bron = cleaned;
    else warnings.push({ path: ['bron'], text: (m) => m.warning.badBron(preview(bron)) });
  }
  return { ok: true, feed };
}

interface Envelope {
  type: 'FeatureCollection';
  feedVersie: number;
  bijgewerkt?: unknown;
  bron?: unknown;
  features: unknown[];
}

/** The envelope (type, feedVersie, features), checked by hand before any feature: a valid feed never needs zod. */
function isEnvelope(document: unknown): document is Envelope {
  return (
    isRecord(document) &&
    document.type === 'FeatureCollection' &&
    typeof document.feedVersie === 'number' &&
    Number.isFinite(document.feedVersie) &&
    Array.isArray(document.features)
  );
}

/** A calendar date written YYYY-MM-DD that exists (zod's `iso.date()`, as feedDateSchema in schema.ts). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export type FoundProblem = Omit<FeedProblem, 'index' | 'id'>;

/**
 * What must happen before a feature is validated. A contact without consent is dropped unread, whatever it holds
 * (a malformed field in it must not cost the route). A list longer than its limit is cut to the limit first, so
 * that neither path walks 300,000 items to say it is too long; the feature is then skipped with one message.
 */
function preflight(raw: unknown): { feature: unknown; contactDropped: boolean; tooLong: FoundProblem[] } {
  const tooLong: FoundProblem[] = [];
  if (!isRecord(raw)) return { feature: raw, contactDropped: false, tooLong };
  let feature = raw;
  const geometry = raw.geometry;
  if (isRecord(geometry) && Array.isArray(geometry.coordinates) && geometry.coordinates.length > MAX_COORDINATES) {
    tooLong.push(tooManyItems(['geometry', 'coordinates'], geometry.coordinates.length, MAX_COORDINATES));
    feature = { ...feature, geometry: { ...geometry, coordinates: geometry.coordinates.slice(0, MAX_COORDINATES) } };
  }
  const properties = raw.properties;
  if (!isRecord(properties)) return { feature, contactDropped: false, tooLong };
  let copy: Record<string, unknown> | undefined;
  const contact = properties.contact;
  const contactDropped = 'contact' in properties && !(isRecord(contact) && contact.toestemming === true);
  if (contactDropped) {
    copy = { ...properties };
    delete copy.contact;
  }
  for (const [field, limit] of LIMITED_LISTS) {
    const list = properties[field];
    if (!Array.isArray(list) || list.length <= limit) continue;
    tooLong.push(tooManyItems([field], list.length, limit));
    copy ??= { ...properties };
    copy[field] = list.slice(0, limit);
  }
  if (copy) feature = { ...feature, properties: copy };
  return { feature, contactDropped, tooLong };
}

/** The lists with a limit, read once rather than once per feature. */
const LIMITED_LISTS = Object.entries(LIST_LIMITS);

function tooManyItems(path: PropertyKey[], count: number, limit: number): FoundProblem {
  return { path, text: (m) => m.issue.tooManyItems(count, limit) };
}

/** A feature's first messages, and then how many more there are. */
function capped(found: FoundProblem[]): FoundProblem[] {
  if (found.length <= MAX_PROBLEMS_PER_FEATURE) return found;
  const shown = found.slice(0, MAX_PROBLEMS_PER_FEATURE - 1);
  const rest = found.length - shown.length;
  return [...shown, { path: [], text: (m) => m.issue.moreProblems(rest) }];
}

/**
 * A warning for each text the schema cleaned of invisible characters: walks the validated feature (small: every
 * list in it is bounded) and looks at the same place in what the feed wrote.
 */
function warnAboutInvisibles(valid: unknown, written: unknown, path: PropertyKey[], warn: Warn): void {
  if (typeof valid === 'string') {
    if (typeof written === 'string' && hasInvisible(written)) warn(propertyPath(path), (m) => m.warning.invisible);
  } else if (Array.isArray(valid)) {
    if (Array.isArray(written)) valid.forEach((item, i) => warnAboutInvisibles(item, written[i], [...path, i], warn));
  } else if (isRecord(valid) && isRecord(written)) {
    for (const key of Object.keys(valid)) warnAboutInvisibles(valid[key], written[key], [...path, key], warn);
  }
}

type Warn = (path: PropertyKey[], text: FeedProblem['text']) => void;

/** Every property toRoute copies, resolves, checks or drops. */
type Handled =
  | 'soort'
  | 'naam'
  | 'beschrijving'
  | 'school'
  | 'arbeidsmarktregio'
  | 'arbeidsmarktregios'
  | 'profielen'
  | 'niveaus'
  | 'startjaar'
  | 'vmboScholen'
  | 'mboInstellingen'
  | 'contact'
  | 'website'
  | 'wijzigingUrl';
// Does not compile when the schema gains a property that toRoute neither copies nor handles.
const everyPropertyHandled: [Exclude<keyof RouteProperties, Handled>] extends [never] ? true : never = true;
void everyPropertyHandled;

// Built field by field rather than with object rest and spread: at national scale this runs 50,000 times per load.
function toRoute(feature: RouteFeature, warn: Warn): Route {
  const properties = feature.properties;
  const { contact, website, wijzigingUrl, arbeidsmarktregios } = properties;

  const school = resolveRegionWithWarning(properties.arbeidsmarktregio, 'arbeidsmarktregio', undefined, warn);
  const active = arbeidsmarktregios
    ? arbeidsmarktregios.map((written, i) => resolveRegionWithWarning(written, 'arbeidsmarktregios', i, warn).naam)
    : [school.naam];

  const route: Route = {
    id: feature.id,
    soort: properties.soort,
    naam: properties.naam,
    school: properties.school,
    coordinates: [feature.geometry.coordinates[0], feature.geometry.coordinates[1]],
    arbeidsmarktregio: school.naam,
    regionKnown: school.known,
    arbeidsmarktregios: active.length > 1 ? [...new Set(active)] : active,
  };
  if (properties.beschrijving !== undefined) route.beschrijving = properties.beschrijving;
  if (properties.startjaar !== undefined) route.startjaar = properties.startjaar;
  if (properties.niveaus !== undefined) route.niveaus = properties.niveaus;
  if (properties.vmboScholen !== undefined) route.vmboScholen = properties.vmboScholen;
  if (properties.mboInstellingen !== undefined) route.mboInstellingen = properties.mboInstellingen;

  if (properties.profielen) {
    route.profielen = properties.profielen.map((written, i) => {
      const code = canonicalProfiel(written);
      if (code) return code;
      warn(['profielen', i], (m) => m.warning.profielUnknown(written));
      return written;
    });
  }

  // Only a consented contact passes the schema (preflight dropped any other).
  if (contact) route.contact = contact;

  const safeWebsite = httpsOnly(website, 'website', warn);
  if (safeWebsite) route.website = safeWebsite;
  const safeCorrection = httpsOnly(wijzigingUrl, 'wijzigingUrl', warn);
  if (safeCorrection) route.wijzigingUrl = safeCorrection;
  return route;
}

// The path is built only for a warning: this runs for every route, and nearly all regions are known.
function resolveRegionWithWarning(written: string, field: string, index: number | undefined, warn: Warn) {
  const match = resolveRegion(written);
  const path = () => (index === undefined ? [field] : [field, index]);
  if (match.kind === 'alias') warn(path(), (m) => m.warning.regionAlias(written, match.naam));
  if (match.kind === 'unknown') warn(path(), (m) => m.warning.regionUnknown(written));
  return { naam: match.naam, known: match.kind !== 'unknown' };
}

/** Only https: links to a host, without a user name, password or hidden characters, become links on a school's page. */
function httpsOnly(value: string | undefined, field: string, warn: Warn): string | undefined {
  const link = value?.trim();
  if (!link) return undefined;
  const problem = linkProblem(link);
  if (!problem) return link;
  warn([field], (m) => m.warning[problem]);
  return undefined;
}

function envelopeFailure(document: unknown, url: string): FeedFailure {
  const record = isRecord(document) ? document : undefined;
  if (record?.type !== 'FeatureCollection') return { kind: 'not-collection', url };
  if (record.feedVersie === undefined) return { kind: 'no-version', url };
  if (typeof record.feedVersie !== 'number') return { kind: 'newer-version', url, version: preview(record.feedVersie) };
  return { kind: 'no-features', url };
}

/** The id to name a feature by in a message, if it has a usable one. */
function readableId(raw: unknown): string | undefined {
  if (!isRecord(raw)) return undefined;
  const id = raw.id;
  if (typeof id === 'string' && stripInvisible(id).trim()) return stripInvisible(id).trim().slice(0, 100);
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  return undefined;
}

/** Messages speak of `niveaus[0].naar`, as the publisher's spreadsheet does, not of `properties.niveaus…`. */
export function propertyPath(path: readonly PropertyKey[]): PropertyKey[] {
  // `properties` itself stays named when it is what is wrong: an empty path would blame the whole feature.
  return path[0] === 'properties' && path.length > 1 ? path.slice(1) : [...path];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function profielLabel(code: string): string {
  return profielNaam(code) ?? code;
}
