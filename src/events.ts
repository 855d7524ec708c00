/**
 * The element's events: their names, their detail types, and the one helper that emits them (bubbling and
 * composed, so a host page hears them through the shadow boundary).
 */
import type { Filters } from './model/filters.js';
import type { FeedFailure } from './feed/parse-feed.js';
import type { LocationChangeDetail } from './model/place.js';

export type { LocationChangeDetail };

export interface FeedLoadDetail {
  /** Routes on the map. */
  shown: number;
  /** Features left out because they were invalid. */
  skipped: number;
  /** Why each skipped feature was left out: `features[12] (dlr-0007): niveaus[0].naar: …`. */
  problems: string[];
  /** What was corrected or left out on routes that are shown (unknown region, contact without consent, …). */
  warnings: string[];
  /** A background refresh (`refresh` attribute) found a changed feed; filters and the open route were kept. */
  refreshed: boolean;
}

export interface FeedErrorDetail {
  /** The message shown in the map. */
  message: string;
  /**
   * What went wrong: `network`, `timeout`, `http`, `too-large`, `not-json`, `not-collection`, `no-version`,
   * `newer-version`, `no-features`, `too-many-features`, `too-deep`, `too-many-values`, `no-src`, or `internal` (a fault of the map's own code).
   */
  kind: FeedFailure['kind'];
  url?: string;
  /** A background refresh failed: the routes loaded before are still shown, and no message is shown in the map. */
  background: boolean;
}

export interface FilterChangeDetail {
  filters: Filters;
  /** Number of routes that pass the filters. */
  count: number;
}

export interface RouteSelectDetail {
  /** The id of the route whose details are open, or null when they were closed. */
  id: string | null;
}

export interface CorrectionSendDetail {
  routeId: string;
  /** The field the visitor said is wrong: a spreadsheet column (`beschrijving`, `niveaus`, …) or `anders`. */
  field: string;
  /** The endpoint accepted it (a 2xx answer). */
  sent: boolean;
  /** The endpoint's HTTP status, when it answered. */
  status?: number;
}

export interface LeerroutesKaartEventMap {
  'feed-load': CustomEvent<FeedLoadDetail>;
  'feed-error': CustomEvent<FeedErrorDetail>;
  'filter-change': CustomEvent<FilterChangeDetail>;
  'route-select': CustomEvent<RouteSelectDetail>;
  'location-change': CustomEvent<LocationChangeDetail>;
  'correction-send': CustomEvent<CorrectionSendDetail>;
}

declare global {
  // Declaration merging: the element's events typed on addEventListener everywhere.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends LeerroutesKaartEventMap {}
}

export function emit<K extends keyof LeerroutesKaartEventMap>(
  target: EventTarget,
  name: K,
  detail: LeerroutesKaartEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
