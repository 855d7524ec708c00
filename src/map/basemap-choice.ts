/** The `basemap` attribute's values, apart from the layers (basemap.ts) so that reading it needs no OpenLayers. */
export const BASEMAPS = ['pdok', 'pdok-grijs', 'osm', 'none'] as const;
export type Basemap = (typeof BASEMAPS)[number];

export function parseBasemap(value: string | null | undefined): Basemap {
  return (BASEMAPS as readonly string[]).includes(value ?? '') ? (value as Basemap) : 'pdok';
}
