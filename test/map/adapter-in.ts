/**
 * A map adapter drawn into a new element of the test page, without the element's interface: the options the map
 * tests share (no basemap, Dutch, reduced motion, picks that do nothing).
 */
import { MapAdapter } from '../../src/map/map-adapter.js';
import { DEFAULT_LOOKS } from '../../src/model/kind-looks.js';
import { nl } from '../../src/i18n/nl.js';

/** `style`: the target's CSS (its size above all); the target is appended to the page's body. */
export function adapterIn(style: string): { target: HTMLElement; adapter: MapAdapter } {
  const target = document.createElement('div');
  target.style.cssText = style;
  document.body.append(target);
  const adapter = new MapAdapter({
    basemap: 'none',
    messages: nl,
    looks: DEFAULT_LOOKS,
    reducedMotion: true,
    keyboardTarget: target,
    wheelZoom: () => false,
    onPinSelect: () => undefined,
    onPinsSelect: () => undefined,
    onRegionSelect: () => undefined,
    onTileError: () => undefined,
    onAreaChange: () => undefined,
  });
  adapter.setTarget(target);
  return { target, adapter };
}
