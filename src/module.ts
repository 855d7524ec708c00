/**
 * For apps that bundle themselves (`import 'leerroutes-kaart'`) and for the self-contained file: defines
 * `<leerroutes-kaart>` at once and exports the class, the feed parser and the public types. The parts only some
 * views need stay `import()`s a bundler splits off.
 */
export { LeerroutesKaart } from './define.js';
export type {
  FeedLoadDetail,
  FeedErrorDetail,
  FilterChangeDetail,
  RouteSelectDetail,
  LocationChangeDetail,
  CorrectionSendDetail,
  LeerroutesKaartEventMap,
} from './events.js';
export type { Filters, FilterKey } from './model/filters.js';
export type { Route, ParsedFeed, FeedFailure } from './feed/parse-feed.js';
export type { Feed, RouteFeature } from './feed/schema.js';
export { parseFeed } from './feed/parse-feed.js';
