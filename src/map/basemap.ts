/**
 * Background layers: PDOK BRT-Achtergrondkaart (the government's national basemap), its grey variant,
 * OpenStreetMap, or none (offline, tests).
 */
import TileLayer from 'ol/layer/Tile.js';
import XYZ from 'ol/source/XYZ.js';
import OSM from 'ol/source/OSM.js';
import type { Messages } from '../i18n/index.js';

export const BASEMAPS = ['pdok', 'pdok-grijs', 'osm', 'none'] as const;
export type Basemap = (typeof BASEMAPS)[number];

export function parseBasemap(value: string | null | undefined): Basemap {
  return (BASEMAPS as readonly string[]).includes(value ?? '') ? (value as Basemap) : 'pdok';
}

const pdokUrl = (variant: 'standaard' | 'grijs') =>
  `https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/${variant}/EPSG:3857/{z}/{x}/{y}.png`;

export function createBasemapLayer(basemap: Basemap, messages: Messages): TileLayer | undefined {
  switch (basemap) {
    case 'none':
      return undefined;
    case 'osm':
      return new TileLayer({ source: new OSM({ attributions: messages.attribution.osm }), className: 'basemap' });
    case 'pdok':
    case 'pdok-grijs':
      return new TileLayer({
        className: 'basemap',
        source: new XYZ({
          url: pdokUrl(basemap === 'pdok' ? 'standaard' : 'grijs'),
          attributions: messages.attribution.pdok,
          minZoom: 6,
          maxZoom: 19,
        }),
      });
  }
}
