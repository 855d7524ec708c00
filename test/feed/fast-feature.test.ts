/**
 * The fast path (fast-feature.ts) must never disagree with the schema: whatever it accepts, zod accepts with an
 * equal result. It may decline anything (zod then decides), but it must take the common valid feature, or it
 * would be no fast path at all.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { readValidFeature } from '../../src/feed/fast-feature.js';
import {
  contactSchema,
  featureSchema,
  institutionSchema,
  LAST_STARTJAAR,
  propertiesSchema,
  schoolSchema,
} from '../../src/feed/schema.js';
import { dlr, glr, leerlab, withValue } from '../fixtures/feeds.js';
import { validFeature, breakage } from '../fixtures/arbitraries.js';

/** Every place in a feature a value can go, including some that are absent from the fixtures. */
const PATHS = [
  'type',
  'id',
  'geometry',
  'geometry.type',
  'geometry.coordinates',
  'geometry.coordinates.0',
  'geometry.coordinates.1',
  'geometry.coordinates.2',
  'properties',
  'properties.soort',
  'properties.naam',
  'properties.beschrijving',
  'properties.school',
  'properties.school.naam',
  'properties.school.brin',
  'properties.school.vestiging',
  'properties.school.plaats',
  'properties.arbeidsmarktregio',
  'properties.arbeidsmarktregios',
  'properties.arbeidsmarktregios.0',
  'properties.profielen',
  'properties.profielen.0',
  'properties.niveaus',
  'properties.niveaus.0',
  'properties.niveaus.0.van',
  'properties.niveaus.0.naar',
  'properties.startjaar',
  'properties.vmboScholen',
  'properties.vmboScholen.0',
  'properties.vmboScholen.0.brin',
  'properties.mboInstellingen',
  'properties.contact',
  'properties.contact.naam',
  'properties.contact.email',
  'properties.contact.telefoon',
  'properties.contact.toestemming',
  'properties.website',
  'properties.wijzigingUrl',
];

/** Values on the edge of some rule: blank, padded, too long, off by one, the wrong type. */
const TRICKY = [
  undefined,
  null,
  '',
  ' ',
  ' x ',
  'x'.repeat(100),
  'x'.repeat(101),
  'x'.repeat(200),
  ` ${'x'.repeat(200)} `,
  'x'.repeat(201),
  'x'.repeat(5001),
  0,
  1,
  2,
  3,
  4,
  5,
  1.5,
  -0,
  2014,
  2015,
  LAST_STARTJAAR,
  LAST_STARTJAAR + 1,
  2020.5,
  1e21,
  Infinity,
  NaN,
  true,
  false,
  'true',
  [],
  {},
  [1],
  [6.9],
  [6.9, 52.2],
  [6.9, 52.2, 10],
  [52.2, 6.9],
  ['6.9', '52.2'],
  'Point',
  'Feature',
  'DLR',
  'GLR',
  'leerlab',
  'dlr',
  'bb',
  'kb',
  'tl',
  'havo',
  '12AB',
  ' 12AB ',
  '12ab',
  '1234',
  '12ABC',
  '01',
  '1',
  ' 01 ',
  'a@b.nl',
  ' a@b.nl ',
  'a b@c.nl',
  'ab',
  '053 123 45 67',
  '+31 (0)53-1234567',
  '053/123',
  'https://example.nl',
  'javascript:alert(1)',
  'Twente',
  'PIE',
  [{ van: 'bb', naar: 2 }],
  [{ van: 'kb', naar: 3 }],
  [{ van: 'bb', naar: 1 }],
  [{ naam: 'ROC', brin: '25LU' }],
  [{ naam: ' ' }],
  { naam: 'X', toestemming: true, email: 'bad' },
  { toestemming: 'ja' },
];

const base = fc.constantFrom(
  dlr(),
  dlr('d', {}, { contact: { naam: 'A', toestemming: false, email: 'x' } }),
  glr(),
  leerlab(),
);
const tweaked = fc
  .tuple(
    base,
    fc.array(fc.tuple(fc.constantFrom(...PATHS), fc.constantFrom(...TRICKY)), { minLength: 1, maxLength: 3 }),
  )
  .map(([feature, tweaks]) => {
    let result: unknown = feature;
    for (const [path, value] of tweaks) {
      try {
        result = withValue(result, path, value);
      } catch {
        // the path runs through a value that is no longer an object: that tweak does not apply
      }
    }
    return result;
  });

function expectAgreement(feature: unknown): boolean {
  const fast = readValidFeature(feature);
  if (fast === undefined) return false;
  const checked = z.safeParse(featureSchema, feature);
  expect(checked.success, `zod refuses what the fast path took: ${JSON.stringify(feature)?.slice(0, 300)}`).to.equal(
    true,
  );
  expect(fast).to.deep.equal(checked.data);
  return true;
}

describe('the fast path of validation', () => {
  it('takes every valid feature the fuzzer makes, with the result zod gives', () => {
    fc.assert(
      fc.property(validFeature, (build) => {
        expect(expectAgreement(build('id-1')), 'a valid feature goes the fast way').to.equal(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never takes a broken feature', () => {
    fc.assert(
      fc.property(validFeature, breakage, (build, breakIt) => {
        expect(readValidFeature(breakIt(build('id-1')))).to.equal(undefined);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with zod on values at the edge of every rule', () => {
    let taken = 0;
    fc.assert(
      fc.property(tweaked, (feature) => {
        if (expectAgreement(feature)) taken++;
      }),
      { numRuns: 3000 },
    );
    expect(taken, 'some tweaked features are still valid and taken').to.be.above(100);
  });

  it('agrees with zod on anything at all', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 3, withSparseArray: true, withNullPrototype: true }), (value) => {
        expectAgreement(value);
        expectAgreement({ ...dlr(), properties: value });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('fast path: keeps up with the schema', () => {
  /** Every field the schema knows, at every level, set to a valid value: the fast path must take and keep each. */
  const everyField = withValue(
    withValue(dlr('all'), 'properties.wijzigingUrl', 'https://example.nl/wijziging'),
    'properties.mboInstellingen',
    [{ naam: 'ROC', brin: '25LU' }],
  );

  it('reads every field of every object in the schema (a field it does not know fails here)', () => {
    const shapes: [string, Record<string, unknown>, Record<string, unknown>][] = [
      ['feature', featureSchema.shape, everyField],
      ['properties', propertiesSchema.shape, everyField.properties as Record<string, unknown>],
      ['school', schoolSchema.shape, (everyField.properties as Record<string, Record<string, unknown>>).school!],
      ['contact', contactSchema.shape, (everyField.properties as Record<string, Record<string, unknown>>).contact!],
      [
        'institution',
        institutionSchema.shape,
        (everyField.properties as Record<string, unknown[]>).mboInstellingen![0] as Record<string, unknown>,
      ],
    ];
    for (const [name, shape, written] of shapes) {
      for (const key of Object.keys(shape)) {
        expect(
          written,
          `the fixture sets ${name}.${key}: add the new field to it and to fast-feature.ts`,
        ).to.have.property(key);
      }
    }
    const fast = readValidFeature(everyField);
    expect(fast, 'the fast path takes a feature with every field').to.not.equal(undefined);
    expect(fast).to.deep.equal(z.parse(featureSchema, everyField));
  });
});
