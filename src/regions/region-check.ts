/**
 * The publisher's check: does a school lie in the arbeidsmarktregio its row names? The outlines are generalised, so a
 * school within REGION_TOLERANCE_KM of its stated region counts as in it; only a clear mismatch is reported.
 */
import { distanceToRegionKm, regionAt } from './regions.js';

export const REGION_TOLERANCE_KM = 2;

export type RegionFinding =
  /** The point lies in another region, more than the tolerance away from the stated one. */
  | { kind: 'elsewhere'; lies: string; stated: string }
  /** The point lies in no region (at sea, abroad), more than the tolerance away from the stated one. */
  | { kind: 'outside'; stated: string };

/** What the outlines say about a stated region; undefined when they agree, or when the region is not known. */
export function checkRegion(stated: string, lon: number, lat: number): RegionFinding | undefined {
  const distance = distanceToRegionKm(stated, lon, lat);
  if (distance === undefined || distance <= REGION_TOLERANCE_KM) return undefined;
  const lies = regionAt(lon, lat);
  return lies ? { kind: 'elsewhere', lies: lies.naam, stated } : { kind: 'outside', stated };
}
