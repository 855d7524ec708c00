/** The element's views: render functions sharing its shadow root, each with its own styles (see the README). */
export { renderSkipLinks, renderToolbar } from './toolbar/toolbar.js';
export { renderStage, renderOverlays } from './map-stage/map-stage.js';
export { renderListPane } from './route-list/route-list.js';
export { renderOpenPanel } from './route-detail/panel-frame.js';
export { renderFooter } from './footer/footer.js';
import { kindBadgeStyles } from './kind-badge/kind-badge.styles.js';
import { toolbarStyles } from './toolbar/toolbar.styles.js';
import { filterStyles } from './route-filters/route-filters.styles.js';
import { stageStyles } from './map-stage/map-stage.styles.js';
import { listStyles } from './route-list/route-list.styles.js';
import { showMoreStyles } from './show-more/show-more.styles.js';
import { panelFrameStyles } from './route-detail/panel-frame.styles.js';
import { footerStyles } from './footer/footer.styles.js';
import { glossaryStyles } from './glossary/glossary.styles.js';
import { placeSearchStyles } from './place-search/place-search.styles.js';

export const viewStyles = [
  kindBadgeStyles,
  toolbarStyles,
  filterStyles,
  stageStyles,
  listStyles,
  panelFrameStyles,
  showMoreStyles,
  footerStyles,
  glossaryStyles,
  placeSearchStyles,
];
