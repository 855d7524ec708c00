/**
 * The 35 arbeidsmarktregio's as shapes: decoded once from the shipped TopoJSON (CBS, CC-BY 4.0), with "which region
 * is this point in" and "how far is this point from that region". Pure and synchronous; the element loads this
 * module only when a view needs outlines, so it is not part of the first download.
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MultiPolygon, Polygon } from 'geojson';
import { topology as data } from './regions.data.js';

const topology = data as Topology;

/** A ring of [longitude, latitude] points, closed (the last point repeats the first). */
export type Ring = [number, number][];

export interface RegionShape {
  /** CBS code, `AM05`. */
  code: string;
  /** Name as the feed and the filters write it, `Twente`. */
  naam: string;
  /** Polygons, each an outer ring followed by its holes. */
  polygons: Ring[][];
  /** [west, south, east, north]. */
  bbox: [number, number, number, number];
}

function decode(): RegionShape[] {
  const object = topology.objects['arbeidsmarktregio_2025'] as GeometryCollection<{ statnaam: string }>;
  const collection = feature(topology, object);
  return collection.features.map((region) => {
    const geometry = region.geometry as Polygon | MultiPolygon;
    const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as Ring[][];
    const bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [lon, lat] of polygons.flatMap((rings) => rings[0] ?? [])) {
      bbox[0] = Math.min(bbox[0], lon);
      bbox[1] = Math.min(bbox[1], lat);
      bbox[2] = Math.max(bbox[2], lon);
      bbox[3] = Math.max(bbox[3], lat);
    }
    return { code: String(region.id), naam: region.properties!.statnaam, polygons, bbox };
  });
}

export const REGION_SHAPES: readonly RegionShape[] = decode();
const shapeByName = new Map(REGION_SHAPES.map((shape) => [shape.naam, shape]));

export function regionShape(naam: string): RegionShape | undefined {
  return shapeByName.get(naam);
}

/** Even-odd rule over a polygon's rings: inside the outer ring and in none of its holes. */
function inPolygon(lon: number, lat: number, rings: readonly Ring[]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function contains(shape: RegionShape, lon: number, lat: number): boolean {
  const [west, south, east, north] = shape.bbox;
  if (lon < west || lon > east || lat < south || lat > north) return false;
  return shape.polygons.some((rings) => inPolygon(lon, lat, rings));
}

/**
 * The arbeidsmarktregio a point (WGS84 longitude, latitude) lies in, by its generalised outline; undefined at sea
 * and abroad. Near a border the outline can be a few hundred metres off: see `distanceToRegionKm`.
 */
export function regionAt(lon: number, lat: number): { code: string; naam: string } | undefined {
  const shape = REGION_SHAPES.find((candidate) => contains(candidate, lon, lat));
  return shape && { code: shape.code, naam: shape.naam };
}

const KM_PER_DEGREE_LAT = 110.574;

/** Kilometres from a point to a region: 0 inside it, else to its nearest border (flat-earth, fine within 100 km). */
export function distanceToRegionKm(naam: string, lon: number, lat: number): number | undefined {
  const shape = regionShape(naam);
  if (!shape) return undefined;
  if (contains(shape, lon, lat)) return 0;
  const kmPerDegreeLon = 111.32 * Math.cos((lat * Math.PI) / 180);
  let nearest = Infinity;
  for (const ring of shape.polygons.flat()) {
    for (let i = 1; i < ring.length; i++) {
      const [ax, ay] = ring[i - 1]!;
      const [bx, by] = ring[i]!;
      nearest = Math.min(
        nearest,
        segmentDistance(
          (lon - ax) * kmPerDegreeLon,
          (lat - ay) * KM_PER_DEGREE_LAT,
          (bx - ax) * kmPerDegreeLon,
          (by - ay) * KM_PER_DEGREE_LAT,
        ),
      );
    }
  }
  return nearest;
}

/** Distance from point p to the segment from the origin to d. */
function segmentDistance(px: number, py: number, dx: number, dy: number): number {
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / length));
  return Math.hypot(px - t * dx, py - t * dy);
}
