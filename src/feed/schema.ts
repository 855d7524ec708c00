/**
 * The zod schema of the leerroutes feed, version 1 (docs/feed-format.md). Every feed type comes from here.
 *
 * Error messages are message keys (`brin`, `niveau.entree`, …), not text: messages.ts turns them into Dutch or
 * English, so the same schema serves the element, the console and a command-line tool in either language.
 * Built on `zod/mini`, the tree-shakable build of zod 4: the same validation in a fraction of the bytes.
 */
import * as z from 'zod/mini';
import { LEERWEGEN, ROUTE_KINDS, MBO_NIVEAUS, NL_BOUNDS, isInNetherlands } from './domain.js';
import { MAX_EMAIL_LENGTH, MAX_URL_LENGTH, isPlainEmail, stripInvisible } from './text-checks.js';

import {
  BRIN_PATTERN,
  FEED_VERSION,
  FIRST_STARTJAAR,
  LAST_STARTJAAR,
  LIST_LIMITS,
  MAX_BESCHRIJVING_LENGTH,
  MAX_BRON_LENGTH,
  MAX_COORDINATES,
  MAX_TELEFOON_LENGTH,
  TELEFOON_PATTERN,
  VESTIGING_PATTERN,
} from './limits.js';

export * from './limits.js';

/**
 * Text as the page will show it: invisible characters removed (parse-feed.ts warns about them), then trimmed.
 * Every string in the schema has a maximum length, so no field can make validation or rendering slow.
 */
const text = (max: number) => z.string().check(z.overwrite(stripInvisible), z.trim(), z.minLength(1), z.maxLength(max));
const optionalText = (max: number) => z.optional(text(max));

const brin = z.string().check(z.trim(), z.regex(BRIN_PATTERN, { error: 'brin' }));

const pointCoordinates = z.tuple([z.number(), z.number()], z.number()).check(
  z.superRefine((coordinates, ctx) => {
    if (coordinates.length > MAX_COORDINATES) {
      ctx.addIssue({ code: 'too_big', origin: 'array', maximum: MAX_COORDINATES, inclusive: true, input: coordinates });
      return;
    }
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
 * A contact person who gave consent (`toestemming` exactly true). A contact without consent never reaches this
 * schema: parse-feed.ts drops it unread, whatever it holds, so nothing of it can reach the page and nothing in it
 * can cost the route its pin.
 */
export const contactSchema = z.object({
  naam: optionalText(200),
  functie: optionalText(200),
  email: z.optional(
    z.string().check(z.trim(), z.maxLength(MAX_EMAIL_LENGTH), z.refine(isPlainEmail, { error: 'contact.email' })),
  ),
  telefoon: z.optional(
    z
      .string()
      .check(z.trim(), z.maxLength(MAX_TELEFOON_LENGTH), z.regex(TELEFOON_PATTERN, { error: 'contact.telefoon' })),
  ),
  toestemming: z.literal(true),
});

/** A link field: any string up to the limit; parse-feed.ts keeps only safe https: links and warns about the rest. */
const link = z.optional(z.string().check(z.maxLength(MAX_URL_LENGTH)));

export const propertiesSchema = z
  .object({
    soort: z.enum(ROUTE_KINDS, { error: 'soort' }),
    naam: text(200),
    beschrijving: z.optional(z.string().check(z.overwrite(stripInvisible), z.maxLength(MAX_BESCHRIJVING_LENGTH))),
    school: schoolSchema,
    arbeidsmarktregio: text(100),
    arbeidsmarktregios: z.optional(z.array(text(100)).check(z.maxLength(LIST_LIMITS.arbeidsmarktregios))),
    profielen: z.optional(z.array(text(20)).check(z.maxLength(LIST_LIMITS.profielen))),
    niveaus: z.optional(z.array(niveauSchema).check(z.maxLength(LIST_LIMITS.niveaus))),
    startjaar: z.optional(z.int().check(z.gte(FIRST_STARTJAAR), z.lte(LAST_STARTJAAR))),
    vmboScholen: z.optional(z.array(institutionSchema).check(z.maxLength(LIST_LIMITS.vmboScholen))),
    mboInstellingen: z.optional(z.array(institutionSchema).check(z.maxLength(LIST_LIMITS.mboInstellingen))),
    contact: z.optional(contactSchema),
    website: link,
    wijzigingUrl: link,
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

export const feedDateSchema = z.iso.date();
export const bronSchema = text(MAX_BRON_LENGTH);

/** The complete feed, as a publisher must write it (used for the JSON Schema export). */
export const feedSchema = z.object({
  type: z.literal('FeatureCollection'),
  feedVersie: z.literal(FEED_VERSION),
  bijgewerkt: z.optional(feedDateSchema),
  bron: z.optional(bronSchema),
  features: z.array(featureSchema),
});

export type Feed = z.infer<typeof feedSchema>;
export type RouteFeature = z.infer<typeof featureSchema>;
export type RouteProperties = RouteFeature['properties'];
export type School = z.infer<typeof schoolSchema>;
export type Institution = z.infer<typeof institutionSchema>;
export type Niveau = z.infer<typeof niveauSchema>;
export type Contact = z.infer<typeof contactSchema>;
