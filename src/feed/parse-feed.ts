/**
 * Validates a parsed feed document and normalizes it into the routes the map shows. No fetch, no DOM:
 * usable from the element, a test and a command-line tool alike.
 *
 * The envelope is checked first (a failure there is fatal); then every feature on its own, so that one bad
 * row in the publisher's spreadsheet costs one pin, never the map.
 */
import * as z from 'zod/mini';
import {
  envelopeSchema,
  featureSchema,
  feedDateSchema,
  FEED_VERSION,
  type RouteProperties,
  type Contact,
} from './schema.js';
import { canonicalProfiel, profielNaam, resolveRegion } from './domain.js';
import { issueText, preview, type FeedProblem } from './messages.js';
import { readValidFeature } from './fast-feature.js';

/** A contact that may be shown: its person gave consent. */
export type ConsentedContact = Omit<Contact, 'toestemming'> & { toestemming: true };

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

/** More features than this are refused as a whole: past it a phone spends seconds before the first pin. */
export const MAX_FEATURES = 100_000;

export type FeedFailure =
  | { kind: 'no-src' }
  | { kind: 'network'; url: string }
  | { kind: 'http'; url: string; status: number }
  | { kind: 'not-json'; url: string; detail: string }
  | { kind: 'not-collection'; url: string }
  | { kind: 'no-version'; url: string }
  | { kind: 'newer-version'; url: string; version: unknown }
  | { kind: 'no-features'; url: string }
  | { kind: 'timeout'; url: string; seconds: number }
  | { kind: 'too-large'; url: string; megabytes: number }
  | { kind: 'too-many-features'; url: string; count: number; limit: number };

export type ParseResult = { ok: true; feed: ParsedFeed } | { ok: false; failure: FeedFailure };

export function parseFeed(document: unknown, url: string): ParseResult {
  const steps = parseFeedInSteps(document, url);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * parseFeed one slice of features at a time: the generator pauses after every `sliceSize` features, so a caller
 * on the page's main thread can let the page respond between slices (load-feed.ts does).
 */
export function* parseFeedInSteps(document: unknown, url: string, sliceSize = 200): Generator<void, ParseResult, void> {
  const envelope = z.safeParse(envelopeSchema, document);
  if (!envelope.success) return { ok: false, failure: envelopeFailure(document, url) };
  if (envelope.data.feedVersie !== FEED_VERSION) {
    return { ok: false, failure: { kind: 'newer-version', url, version: envelope.data.feedVersie } };
  }
  const features = envelope.data.features;
  if (features.length > MAX_FEATURES) {
    return { ok: false, failure: { kind: 'too-many-features', url, count: features.length, limit: MAX_FEATURES } };
  }

  const routes: Route[] = [];
  const problems: FeedProblem[] = [];
  const warnings: FeedProblem[] = [];
  const firstIndexOfId = new Map<string, number>();
  let skipped = 0;

  for (let index = 0; index < features.length; index++) {
    if (index > 0 && index % sliceSize === 0) yield;
    const raw = features[index];
    let data = readValidFeature(raw);
    if (!data) {
      const result = z.safeParse(featureSchema, raw, { reportInput: true });
      if (!result.success) {
        skipped++;
        const id = readableId(raw);
        for (const issue of result.error.issues) {
          problems.push({ index, id, path: propertyPath(issue.path), text: issueText(issue) });
        }
        continue;
      }
      data = result.data;
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
    routes.push(toRoute(data, warn));
  }

  const feed: ParsedFeed = { routes, problems, warnings, skipped };
  const { bijgewerkt, bron } = envelope.data;
  if (bijgewerkt !== undefined) {
    if (z.safeParse(feedDateSchema, bijgewerkt).success) feed.bijgewerkt = bijgewerkt as string;
    else warnings.push({ path: ['bijgewerkt'], text: (m) => m.warning.badDate(preview(bijgewerkt)) });
  }
  if (typeof bron === 'string' && bron.trim()) feed.bron = bron.trim();
  return { ok: true, feed };
}

type Warn = (path: PropertyKey[], text: FeedProblem['text']) => void;

/** Every property toRoute copies, resolves, checks or drops. */
type Handled =
  | 'soort' | 'naam' | 'beschrijving' | 'school' | 'arbeidsmarktregio' | 'arbeidsmarktregios' | 'profielen'
  | 'niveaus' | 'startjaar' | 'vmboScholen' | 'mboInstellingen' | 'contact' | 'website' | 'wijzigingUrl';
// Does not compile when the schema gains a property that toRoute neither copies nor handles.
const everyPropertyHandled: [Exclude<keyof RouteProperties, Handled>] extends [never] ? true : never = true;
void everyPropertyHandled;

// Built field by field rather than with object rest and spread: at national scale this runs 50,000 times per load.
function toRoute(feature: z.infer<typeof featureSchema>, warn: Warn): Route {
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

  if (contact) {
    if (contact.toestemming === true) {
      const { toestemming: _consent, ...shown } = contact;
      route.contact = { ...shown, toestemming: true };
    } else {
      // Without consent nothing of the contact is kept, so nothing of it can reach the page.
      warn(['contact'], (m) => m.warning.contactWithoutConsent);
    }
  }

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

/**
 * `https://`, a host, and no whitespace: a string the browser can only open as an https page. Checked with a
 * pattern, not the URL parser, which costs more than the rest of a route's normalisation together.
 */
const HTTPS_LINK = /^https:\/\/[^\s/?#]+\S*$/i;

/** Only https: links may become links on a school's page. */
export function httpsOnly(value: string | undefined, field: string, warn: Warn): string | undefined {
  const link = value?.trim();
  if (!link) return undefined;
  if (HTTPS_LINK.test(link)) return link;
  warn([field], (m) => m.warning.notHttps);
  return undefined;
}

function envelopeFailure(document: unknown, url: string): FeedFailure {
  const record = isRecord(document) ? document : undefined;
  if (record?.type !== 'FeatureCollection') return { kind: 'not-collection', url };
  if (record.feedVersie === undefined) return { kind: 'no-version', url };
  if (typeof record.feedVersie !== 'number') return { kind: 'newer-version', url, version: record.feedVersie };
  return { kind: 'no-features', url };
}

/** The id to name a feature by in a message, if it has a usable one. */
function readableId(raw: unknown): string | undefined {
  if (!isRecord(raw)) return undefined;
  const id = raw.id;
  if (typeof id === 'string' && id.trim()) return id.trim().slice(0, 100);
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  return undefined;
}

/** Messages speak of `niveaus[0].naar`, as the publisher's spreadsheet does, not of `properties.niveaus…`. */
function propertyPath(path: readonly PropertyKey[]): PropertyKey[] {
  // `properties` itself stays named when it is what is wrong: an empty path would blame the whole feature.
  return path[0] === 'properties' && path.length > 1 ? path.slice(1) : [...path];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function profielLabel(code: string): string {
  return profielNaam(code) ?? code;
}
