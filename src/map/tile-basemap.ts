/**
 * The tiled basemaps: PDOK BRT-Achtergrondkaart (the government's national basemap), its grey variant, or
 * OpenStreetMap. A chunk of its own, with OpenLayers' tile stack: only a map with tiles loads it.
 */
import TileLayer from 'ol/layer/Tile.js';
import XYZ from 'ol/source/XYZ.js';
import OSM from 'ol/source/OSM.js';
import type { Basemap } from './basemap-choice.js';

const pdokUrl = (variant: 'standaard' | 'grijs') =>
  `https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/${variant}/EPSG:3857/{z}/{x}/{y}.png`;

export function createTileLayer(basemap: Exclude<Basemap, 'none'>): TileLayer {
  // The credit is shown by PlainAttribution (basemap.ts basemapAttribution), not by the source.
  if (basemap === 'osm') return new TileLayer({ source: new OSM(), className: 'basemap' });
  return new TileLayer({
    className: 'basemap',
    source: new XYZ({ url: pdokUrl(basemap === 'pdok' ? 'standaard' : 'grijs'), minZoom: 6, maxZoom: 19 }),
  });
}
