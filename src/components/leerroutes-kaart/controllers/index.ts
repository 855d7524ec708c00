/** The element's controllers: each owns one side effect, with symmetric connect and disconnect. */
export { AnnouncerController } from './announcer-controller.js';
export { DisclosureController } from './disclosure-controller.js';
export { FeedController } from './feed-controller.js';
export { FullscreenController } from './fullscreen-controller.js';
export { GeolocationController } from './geolocation-controller.js';
export { HeightController } from './height-controller.js';
export { CoverageController } from './coverage-controller.js';
export { ListNavigationController } from './list-navigation.js';
export { ListVisibilityController } from './list-visibility.js';
export { LocationController } from './location-controller.js';
export { MapController } from './map-controller.js';
export { SearchController } from './search-controller.js';
export { SelectionController } from './selection-controller.js';
export { SkipLinksController } from './skip-links-controller.js';
export { TimersController } from './timers.js';
export { UrlStateController } from './url-state-controller.js';
export { ViewportController } from './viewport-controller.js';
