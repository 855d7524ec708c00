/** The detail panel's content, loaded in idle time after the first view, or at once when a panel opens first. */
export { renderPanel } from '../components/route-detail/route-detail.js';
export { detailStyles } from '../components/route-detail/route-detail.styles.js';
