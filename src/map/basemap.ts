/**
 * Background layers: PDOK BRT-Achtergrondkaart (the government's national basemap), its grey variant,
 * OpenStreetMap, or none; and beneath them all an offline outline of the Netherlands and its neighbours, so the
 * map reads as a map without tiles (offline, blocked by a CSP or an intranet, or while tiles load).
 */
import type TileLayer from 'ol/layer/Tile.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import Feature from 'ol/Feature.js';
import MultiPolygon from 'ol/geom/MultiPolygon.js';
import Style from 'ol/style/Style.js';
import Fill from 'ol/style/Fill.js';
import Stroke from 'ol/style/Stroke.js';
import type { Messages } from '../i18n/index.js';

import type { Basemap } from './basemap-choice.js';
import { OUTSIDE_REGIONS_COLOUR } from '../model/coverage-scale.js';
import { BACKDROP_CANVAS } from './canvases.js';

export type { Basemap };

/** The credit a basemap's tiles require, shown as plain text by PlainAttribution. */
export function basemapAttribution(basemap: Basemap, messages: Messages): string {
  // The offline outline's Netherlands is CBS's (see build/offline-basemap.mjs).
  if (basemap === 'none') return messages.attribution.outline;
  return basemap === 'osm' ? messages.attribution.osm : messages.attribution.pdok;
}

/**
 * The tile layer of a tiled basemap, or none for `none`. OpenLayers' tile stack (about 13 kB) is a chunk of its
 * own (tile-basemap.ts): a map without tiles never downloads it, and the entry asks for it together with the map's
 * code when tiles are wanted.
 */
export async function createBasemapLayer(basemap: Basemap): Promise<TileLayer | undefined> {
  if (basemap === 'none') return undefined;
  const { createTileLayer } = await import('./tile-basemap.js');
  return createTileLayer(basemap);
}

/** The sea is the map's background colour (CSS); the land is drawn on it. */
const HOME_STYLE = new Style({
  fill: new Fill({ color: '#f7f5ef' }),
  stroke: new Stroke({ color: '#7d8791', width: 1.2 }),
});
const NEIGHBOUR_STYLE = new Style({
  fill: new Fill({ color: OUTSIDE_REGIONS_COLOUR }),
  stroke: new Stroke({ color: '#a9b0b6', width: 1 }),
});

/** The layer for the offline outline, empty until `fillOfflineLayer`. */
export function createOfflineLayer(): VectorLayer {
  return new VectorLayer({
    className: BACKDROP_CANVAS,
    properties: { name: 'offline-basemap' },
    source: new VectorSource(),
    style: (feature) => (feature.get('country') === 'NL' ? HOME_STYLE : NEIGHBOUR_STYLE),
    updateWhileInteracting: true,
  });
}

const filled = new WeakSet<VectorLayer>();

/**
 * Draws the land outline in the layer: loaded only when it will be seen (no basemap, or tiles that failed), as
 * under working tiles nobody sees it.
 */
export function fillOfflineLayer(layer: VectorLayer): Promise<void> | undefined {
  if (filled.has(layer)) return undefined;
  filled.add(layer);
  return import('./offline-basemap.data.js').then(
    ({ LAND, LAND_SCALE }) => {
      const features = Object.entries(LAND).map(([country, polygons]) => {
        const geometry = new MultiPolygon(polygons.map((rings) => rings.map((ring) => toPairs(ring, LAND_SCALE))));
        geometry.transform('EPSG:4326', 'EPSG:3857');
        const feature = new Feature(geometry);
        feature.set('country', country);
        return feature;
      });
      layer.getSource()?.addFeatures(features);
    },
    (error: unknown) => {
      filled.delete(layer);
      console.warn(`leerroutes-kaart: the offline outline could not be loaded. ${String(error)}`);
    },
  );
}

/** A ring as stored by build/offline-basemap.mjs (steps in thousandths of a degree) back to [lon, lat] pairs. */
function toPairs(encoded: string, scale: number): number[][] {
  const steps = encoded.split(',').map(Number);
  const pairs: number[][] = [];
  let lon = 0;
  let lat = 0;
  for (let i = 0; i + 1 < steps.length; i += 2) {
    lon += steps[i]!;
    lat += steps[i + 1]!;
    pairs.push([lon / scale, lat / scale]);
  }
  return pairs;
}
