/**
 * The fast path of validation. Nearly every feature in a published feed is valid, and zod spends most of its time
 * on bookkeeping for the messages it would write if one were not. This reads a feature that is certainly valid
 * straight into the shape zod would give, several times faster and with little garbage; anything it is not sure
 * of, it leaves to zod, which then decides and words the messages.
 *
 * The schema (schema.ts) stays the one definition of a valid feature: a property-based test
 * (test/feed/fast-feature.test.ts) checks that whatever this accepts, zod accepts with an equal result.
 */
import { LEERWEGEN, MBO_NIVEAUS, ROUTE_KINDS, isInNetherlands } from './domain.js';
import { MAX_EMAIL_LENGTH, MAX_URL_LENGTH, hasInvisible, isPlainEmail } from './text-checks.js';
import {
  BRIN_PATTERN,
  FIRST_STARTJAAR,
  LAST_STARTJAAR,
  LIST_LIMITS,
  MAX_BESCHRIJVING_LENGTH,
  MAX_COORDINATES,
  MAX_TELEFOON_LENGTH,
  TELEFOON_PATTERN,
  VESTIGING_PATTERN,
} from './limits.js';
import type { Contact, Institution, Niveau, RouteFeature, RouteProperties, School } from './schema.js';

type Json = Record<string, unknown>;

/** True only when `Read` names every key of `T`: a schema field the fast path does not read would be dropped. */
type ReadsAll<T, Read extends keyof T> = [Exclude<keyof T, Read>] extends [never] ? true : never;
// None of these compiles when the schema gains a field the readers below do not read (test: fast-feature.test.ts).
const readsEveryField: [
  ReadsAll<RouteFeature, 'type' | 'id' | 'geometry' | 'properties'>,
  ReadsAll<
    RouteProperties,
    | 'soort'
    | 'naam'
    | 'school'
    | 'arbeidsmarktregio'
    | 'beschrijving'
    | 'arbeidsmarktregios'
    | 'profielen'
    | 'niveaus'
    | 'startjaar'
    | 'vmboScholen'
    | 'mboInstellingen'
    | 'contact'
    | 'website'
    | 'wijzigingUrl'
  >,
  ReadsAll<School, 'naam' | 'brin' | 'vestiging' | 'plaats'>,
  ReadsAll<Institution, 'naam' | 'brin'>,
  ReadsAll<Contact, 'naam' | 'functie' | 'email' | 'telefoon' | 'toestemming'>,
  ReadsAll<Niveau, 'van' | 'naar'>,
] = [true, true, true, true, true, true];
void readsEveryField;

/** Thrown (and caught below) the moment a value is not certainly valid. */
const NOT_SURE = Symbol('not sure');

/** The feature as zod would return it, or undefined when zod must look at it. */
export function readValidFeature(raw: unknown): RouteFeature | undefined {
  try {
    return readFeature(raw);
  } catch (error) {
    if (error === NOT_SURE) return undefined;
    throw error;
  }
}

function need(condition: boolean): asserts condition {
  if (!condition) throw NOT_SURE;
}

function readFeature(raw: unknown): RouteFeature {
  const feature = object(raw);
  need(feature.type === 'Feature');
  const geometry = object(feature.geometry);
  need(geometry.type === 'Point');
  const coordinates = geometry.coordinates;
  const numbers = list(
    coordinates,
    (value) => {
      need(typeof value === 'number' && Number.isFinite(value));
      return value as number;
    },
    MAX_COORDINATES,
  );
  need(numbers.length >= 2 && isInNetherlands(numbers[0]!, numbers[1]!));
  return {
    type: 'Feature',
    id: text(feature.id, 100),
    geometry: { type: 'Point', coordinates: numbers as RouteFeature['geometry']['coordinates'] },
    properties: readProperties(object(feature.properties)),
  };
}

function readProperties(input: Json): RouteProperties {
  const soort = input.soort;
  need((ROUTE_KINDS as readonly unknown[]).includes(soort));
  const properties: RouteProperties = {
    soort: soort as RouteProperties['soort'],
    naam: text(input.naam, 200),
    school: readSchool(object(input.school)),
    arbeidsmarktregio: text(input.arbeidsmarktregio, 100),
  };
  const beschrijving = optional(input, 'beschrijving');
  if (beschrijving !== undefined) {
    need(
      typeof beschrijving === 'string' && beschrijving.length <= MAX_BESCHRIJVING_LENGTH && !hasInvisible(beschrijving),
    );
    properties.beschrijving = beschrijving;
  }
  const regions = optional(input, 'arbeidsmarktregios');
  if (regions !== undefined)
    properties.arbeidsmarktregios = list(regions, (value) => text(value, 100), LIST_LIMITS.arbeidsmarktregios);
  const profielen = optional(input, 'profielen');
  if (profielen !== undefined)
    properties.profielen = list(profielen, (value) => text(value, 20), LIST_LIMITS.profielen);
  const niveaus = optional(input, 'niveaus');
  if (niveaus !== undefined) properties.niveaus = list(niveaus, readNiveau, LIST_LIMITS.niveaus);
  const startjaar = optional(input, 'startjaar');
  if (startjaar !== undefined) {
    need(
      Number.isSafeInteger(startjaar) &&
        (startjaar as number) >= FIRST_STARTJAAR &&
        (startjaar as number) <= LAST_STARTJAAR,
    );
    properties.startjaar = startjaar as number;
  }
  const vmboScholen = optional(input, 'vmboScholen');
  if (vmboScholen !== undefined) properties.vmboScholen = list(vmboScholen, readInstitution, LIST_LIMITS.vmboScholen);
  const mboInstellingen = optional(input, 'mboInstellingen');
  if (mboInstellingen !== undefined)
    properties.mboInstellingen = list(mboInstellingen, readInstitution, LIST_LIMITS.mboInstellingen);
  const contact = optional(input, 'contact');
  if (contact !== undefined) properties.contact = readContact(object(contact));
  const website = optional(input, 'website');
  if (website !== undefined) properties.website = link(website);
  const wijzigingUrl = optional(input, 'wijzigingUrl');
  if (wijzigingUrl !== undefined) properties.wijzigingUrl = link(wijzigingUrl);

  if (properties.soort !== 'leerlab') {
    // The rules for routes registered at DUO (schema.ts): who, what, when, and a GLR runs from bb to mbo 2.
    need(properties.school.brin !== undefined && properties.startjaar !== undefined);
    need(!!properties.profielen?.length && !!properties.niveaus?.length);
    if (properties.soort === 'GLR') {
      const [only] = properties.niveaus!;
      need(properties.niveaus!.length === 1 && only!.van === 'bb' && only!.naar === 2);
    }
  }
  return properties;
}

function readSchool(input: Json): School {
  const school: School = { naam: text(input.naam, 200) };
  const brin = optional(input, 'brin');
  if (brin !== undefined) school.brin = matching(brin, BRIN_PATTERN);
  const vestiging = optional(input, 'vestiging');
  if (vestiging !== undefined) school.vestiging = matching(vestiging, VESTIGING_PATTERN);
  const plaats = optional(input, 'plaats');
  if (plaats !== undefined) school.plaats = text(plaats, 200);
  return school;
}

function readInstitution(value: unknown): Institution {
  const input = object(value);
  const institution: Institution = { naam: text(input.naam, 200) };
  const brin = optional(input, 'brin');
  if (brin !== undefined) institution.brin = matching(brin, BRIN_PATTERN);
  return institution;
}

function readNiveau(value: unknown): Niveau {
  const input = object(value);
  need(
    (LEERWEGEN as readonly unknown[]).includes(input.van) && (MBO_NIVEAUS as readonly unknown[]).includes(input.naar),
  );
  return { van: input.van as Niveau['van'], naar: input.naar as Niveau['naar'] };
}

/** Only a consented contact gets here: parse-feed.ts drops any other before validation. */
function readContact(input: Json): Contact {
  need(input.toestemming === true);
  const contact: Contact = { toestemming: true };
  const naam = optional(input, 'naam');
  if (naam !== undefined) contact.naam = text(naam, 200);
  const functie = optional(input, 'functie');
  if (functie !== undefined) contact.functie = text(functie, 200);
  const email = optional(input, 'email');
  if (email !== undefined) {
    contact.email = string(email).trim();
    need(contact.email.length <= MAX_EMAIL_LENGTH && isPlainEmail(contact.email));
  }
  const telefoon = optional(input, 'telefoon');
  if (telefoon !== undefined) {
    contact.telefoon = string(telefoon).trim();
    need(contact.telefoon.length <= MAX_TELEFOON_LENGTH && TELEFOON_PATTERN.test(contact.telefoon));
  }
  return contact;
}

function object(value: unknown): Json {
  need(typeof value === 'object' && value !== null && !Array.isArray(value));
  return value as Json;
}

/** An optional field's value. A key that is present but undefined (not JSON, but a script may pass it) goes to zod. */
function optional(input: Json, key: string): unknown {
  const value = input[key];
  need(value !== undefined || !(key in input));
  return value;
}

function string(value: unknown): string {
  need(typeof value === 'string');
  return value as string;
}

/** The schema's `text(max)`: trimmed, then 1 to `max` characters; text with invisible characters goes to zod. */
function text(value: unknown, max: number): string {
  const trimmed = string(value).trim();
  need(trimmed.length >= 1 && trimmed.length <= max && !hasInvisible(trimmed));
  return trimmed;
}

function link(value: unknown): string {
  need(string(value).length <= MAX_URL_LENGTH);
  return value as string;
}

function matching(value: unknown, pattern: RegExp): string {
  const trimmed = string(value).trim();
  need(pattern.test(trimmed));
  return trimmed;
}

/** Every item read; a loop rather than map(), which would carry a sparse array's holes past the check. */
function list<T>(value: unknown, read: (item: unknown) => T, max: number): T[] {
  need(Array.isArray(value) && (value as unknown[]).length <= max);
  const items = value as unknown[];
  const result: T[] = [];
  for (let i = 0; i < items.length; i++) result.push(read(items[i]));
  return result;
}
