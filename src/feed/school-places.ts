/**
 * One school, one place (issue 27). Routes of the same school (BRIN + vestiging) share one pin, which stands where
 * the first of them puts the school (model/group.ts). A later one that puts it more than 100 m away, or names the
 * school or its place otherwise, is said: by feature in a feed, by row in a sheet, naming the one the pin follows.
 */
import { distanceKm, type LonLat } from './earth.js';

/** Farther apart than this, two positions of one school are two places. */
export const SAME_PLACE_KM = 0.1;

export interface SchoolMention<T> {
  /** BRIN + vestiging (`12AB-01`, or `12AB` without a vestiging); without a BRIN the pin is the position itself. */
  school: string | undefined;
  coordinates: LonLat;
  naam: string;
  plaats?: string | undefined;
  /** Where it is written: a feature, a row. */
  at: T;
}

/** How a mention differs from the first of its school: each field set only where it differs. */
export interface PlaceDifference {
  km?: number;
  /** The first mention's name of the school, and of its place. */
  naam?: string;
  plaats?: string;
}

export interface SchoolDisagreement<T> extends PlaceDifference {
  school: string;
  /** The mention the pin follows. */
  first: T;
  /** The mention that differs from it. */
  at: T;
}

/** The school's key as the pins group by it (model/group.ts pinKey). */
export function schoolKey(school: { brin?: string | undefined; vestiging?: string | undefined }): string | undefined {
  return school.brin ? `${school.brin}${school.vestiging ? `-${school.vestiging}` : ''}` : undefined;
}

// Nearly every later mention writes its school exactly as the first: compared as written before normalized.
const sameText = (a: string, b: string) =>
  a === b || a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

export function schoolDisagreements<T>(mentions: Iterable<SchoolMention<T>>): SchoolDisagreement<T>[] {
  const firsts = new Map<string, SchoolMention<T>>();
  const found: SchoolDisagreement<T>[] = [];
  for (const mention of mentions) {
    if (mention.school === undefined) continue;
    const first = firsts.get(mention.school);
    if (!first) {
      firsts.set(mention.school, mention);
      continue;
    }
    const difference: PlaceDifference = {};
    const km = distanceKm(first.coordinates, mention.coordinates);
    if (km > SAME_PLACE_KM) difference.km = km;
    if (!sameText(first.naam, mention.naam)) difference.naam = first.naam;
    if (first.plaats && mention.plaats && !sameText(first.plaats, mention.plaats)) difference.plaats = first.plaats;
    if (Object.keys(difference).length)
      found.push({ school: mention.school, first: first.at, at: mention.at, ...difference });
  }
  return found;
}
