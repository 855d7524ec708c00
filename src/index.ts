/**
 * Public entry: defines `<leerroutes-kaart>` and re-exports the public types.
 * Importing it twice (two bundles on one page) keeps the first definition instead of throwing.
 */
// First, so that it runs before Lit: it reports a bundle that cannot start (see boot-check.ts).
import './boot-check.js';
import { LeerroutesKaart } from './components/leerroutes-kaart/leerroutes-kaart.js';

if (!customElements.get('leerroutes-kaart')) customElements.define('leerroutes-kaart', LeerroutesKaart);

export { LeerroutesKaart };
export type {
  FeedLoadDetail,
  FeedErrorDetail,
  FilterChangeDetail,
  RouteSelectDetail,
  LeerroutesKaartEventMap,
} from './events.js';
export type { Filters, FilterKey } from './model/filters.js';
export type { Route, ParsedFeed, FeedFailure } from './feed/parse-feed.js';
export type { Feed, RouteFeature } from './feed/schema.js';
export { parseFeed } from './feed/parse-feed.js';
