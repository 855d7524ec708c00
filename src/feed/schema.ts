/**
 * The zod schema of the leerroutes feed, version 1 (docs/feed-format.md). Every feed type comes from here.
 *
 * Error messages are message keys (`brin`, `niveau.entree`, …), not text: messages.ts turns them into Dutch or
 * English, so the same schema serves the element, the console and a command-line tool in either language.
 * Built on `zod/mini`, the tree-shakable build of zod 4: the same validation in a fraction of the bytes.
 */
import * as z from 'zod/mini';
import { LEERWEGEN, ROUTE_KINDS, MBO_NIVEAUS, NL_BOUNDS, isInNetherlands } from './domain.js';

export const FEED_VERSION = 1;
export const FIRST_STARTJAAR = 2015;
/** Routes may be announced a year ahead. */
export const lastStartjaar = (today = new Date()) => today.getFullYear() + 1;
/** The last startjaar accepted now: fixed when the page loads, for the schema and the fast path alike. */
export const LAST_STARTJAAR = lastStartjaar();

export const BRIN_PATTERN = /^[0-9]{2}[A-Z0-9]{2}$/;
export const VESTIGING_PATTERN = /^[0-9]{2}$/;
export const TELEFOON_PATTERN = /^[0-9 +\-()]+$/;
// Deliberately lenient: one @, no spaces, a dot in the domain. Mail servers are the real judge.
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const optionalText = (max: number) => z.optional(text(max));

const brin = z.string().check(z.trim(), z.regex(BRIN_PATTERN, { error: 'brin' }));

const pointCoordinates = z
  .tuple([z.number(), z.number()], z.number())
  .check(
    z.superRefine((coordinates, ctx) => {
      const [lon, lat] = coordinates;
      if (isInNetherlands(lon, lat)) return;
      ctx.addIssue({
        code: 'custom',
        message: isInNetherlands(lat, lon) ? 'coordinates.swapped' : 'coordinates.outside',
        params: { lon, lat, ...NL_BOUNDS },
        input: coordinates,
      });
    }),
  );

export const geometrySchema = z.object({
  type: z.literal('Point', { error: 'geometry.point' }),
  coordinates: pointCoordinates,
});

export const schoolSchema = z.object({
  naam: text(200),
  brin: z.optional(brin),
  vestiging: z.optional(z.string().check(z.trim(), z.regex(VESTIGING_PATTERN, { error: 'vestiging' }))),
  plaats: optionalText(200),
});

export const institutionSchema = z.object({
  naam: text(200),
  brin: z.optional(brin),
});

export const niveauSchema = z.object({
  van: z.enum(LEERWEGEN, { error: 'niveau.van' }),
  naar: z.literal(MBO_NIVEAUS, {
    error: (issue) => (issue.input === 1 ? 'niveau.entree' : 'niveau.naar'),
  }),
});

/**
 * The contact person. Its fields are checked only when `toestemming` is exactly true: without consent the contact
 * is dropped unseen (parse-feed.ts), so a bad e-mail address nobody will ever see must not cost the route its pin.
 */
export const contactSchema = z
  .object({
    naam: optionalText(200),
    functie: optionalText(200),
    email: z.optional(z.string().check(z.trim())),
    telefoon: z.optional(z.string().check(z.trim())),
    toestemming: z.optional(z.unknown()),
  })
  .check(
    z.superRefine((contact, ctx) => {
      if (contact.toestemming !== true) return;
      if (contact.email !== undefined && !EMAIL_PATTERN.test(contact.email)) {
        ctx.addIssue({ code: 'custom', message: 'contact.email', path: ['email'], input: contact.email });
      }
      if (contact.telefoon !== undefined && !TELEFOON_PATTERN.test(contact.telefoon)) {
        ctx.addIssue({ code: 'custom', message: 'contact.telefoon', path: ['telefoon'], input: contact.telefoon });
      }
    }),
  );

export const propertiesSchema = z
  .object({
    soort: z.enum(ROUTE_KINDS, { error: 'soort' }),
    naam: text(200),
    beschrijving: z.optional(z.string().check(z.maxLength(5000))),
    school: schoolSchema,
    arbeidsmarktregio: text(100),
    arbeidsmarktregios: z.optional(z.array(text(100))),
    profielen: z.optional(z.array(text(20))),
    niveaus: z.optional(z.array(niveauSchema)),
    startjaar: z.optional(z.int().check(z.gte(FIRST_STARTJAAR), z.lte(LAST_STARTJAAR))),
    vmboScholen: z.optional(z.array(institutionSchema)),
    mboInstellingen: z.optional(z.array(institutionSchema)),
    contact: z.optional(contactSchema),
    // Any string is accepted here; parse-feed.ts keeps only https: URLs and warns about the rest.
    website: z.optional(z.string()),
    wijzigingUrl: z.optional(z.string()),
  })
  .check(
    z.superRefine((properties, ctx) => {
      if (properties.soort === 'leerlab') return;
      // DLR and GLR are registered at DUO: they must say who, what and when.
      if (properties.school.brin === undefined) {
        ctx.addIssue({ code: 'custom', message: 'route.brin', path: ['school', 'brin'], input: undefined });
      }
      if (!properties.profielen?.length) {
        ctx.addIssue({ code: 'custom', message: 'route.profielen', path: ['profielen'], input: properties.profielen });
      }
      if (!properties.niveaus?.length) {
        ctx.addIssue({ code: 'custom', message: 'route.niveaus', path: ['niveaus'], input: properties.niveaus });
      }
      if (properties.startjaar === undefined) {
        ctx.addIssue({ code: 'custom', message: 'route.startjaar', path: ['startjaar'], input: undefined });
      }
      const niveaus = properties.niveaus ?? [];
      const isGlrLevel = niveaus.length === 1 && niveaus[0]?.van === 'bb' && niveaus[0]?.naar === 2;
      if (properties.soort === 'GLR' && niveaus.length > 0 && !isGlrLevel) {
        ctx.addIssue({ code: 'custom', message: 'glr.niveau', path: ['niveaus'], input: niveaus });
      }
    }),
  );

export const featureSchema = z.object({
  type: z.literal('Feature', { error: 'feature.type' }),
  id: text(100),
  geometry: geometrySchema,
  properties: propertiesSchema,
});

/** The envelope of a feed, checked before any feature: a failure here makes the whole feed unusable. */
export const envelopeSchema = z.object({
  type: z.literal('FeatureCollection'),
  feedVersie: z.number(),
  bijgewerkt: z.optional(z.unknown()),
  bron: z.optional(z.unknown()),
  features: z.array(z.unknown()),
});

export const feedDateSchema = z.iso.date();

/** The complete feed, as a publisher must write it (used for the JSON Schema export). */
export const feedSchema = z.object({
  type: z.literal('FeatureCollection'),
  feedVersie: z.literal(FEED_VERSION),
  bijgewerkt: z.optional(feedDateSchema),
  bron: optionalText(500),
  features: z.array(featureSchema),
});

export type Feed = z.infer<typeof feedSchema>;
export type RouteFeature = z.infer<typeof featureSchema>;
export type RouteProperties = RouteFeature['properties'];
export type School = z.infer<typeof schoolSchema>;
export type Institution = z.infer<typeof institutionSchema>;
export type Niveau = z.infer<typeof niveauSchema>;
export type Contact = z.infer<typeof contactSchema>;
