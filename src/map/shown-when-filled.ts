/**
 * A vector layer drawn only while its source holds features. OpenLayers gives each layer of its own class a
 * full-size canvas, cleared, drawn and handed to the compositor every frame, empty or not; an invisible layer gets
 * none. The place marker and the region mask are empty on most maps.
 */
import type VectorLayer from 'ol/layer/Vector.js';
import type VectorSource from 'ol/source/Vector.js';

export function shownWhenFilled<L extends VectorLayer<VectorSource>>(layer: L): L {
  const source = layer.getSource()!;
  const follow = () => layer.setVisible(!source.isEmpty());
  follow();
  // 'change' is fired by clear() and by every added or removed feature.
  source.on('change', follow);
  return layer;
}
