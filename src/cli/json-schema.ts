/** The feed's JSON Schema, generated from the zod schema by zod itself: one source of truth for every tool. */
import * as z from 'zod/mini';
import { feedSchema } from '../feed/schema.js';

export function feedJsonSchema(): Record<string, unknown> {
  // Our own checks (kind-dependent fields, swapped coordinates) cannot be expressed in JSON Schema; the shapes,
  // enums, patterns and ranges can. `leerroutes-kaart validate` checks everything.
  const schema = z.toJSONSchema(feedSchema, { unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
  allowContactWithoutConsent(schema);
  return {
    ...schema,
    $id: 'https://leerroutes-kaart/feed.schema.json',
    title: 'Leerroutes feed, version 1',
    description:
      'A GeoJSON FeatureCollection of doorlopende en geïntegreerde leerroutes and leerlabs (docs/feed-format.md).',
  };
}

type Node = { properties?: Record<string, Node>; items?: Node; [key: string]: unknown };

/**
 * The zod schema describes the contacts that reach validation: those with consent. A publisher may also write a
 * contact without it (the map drops it unread); the JSON Schema must accept that too.
 */
function allowContactWithoutConsent(schema: Node): void {
  const properties = schema.properties?.features?.items?.properties?.properties?.properties;
  const consented = properties?.contact;
  if (!properties || !consented) return;
  properties.contact = {
    anyOf: [
      consented,
      {
        description:
          'Without consent (toestemming not exactly true) the contact is left out unread, whatever it holds.',
        not: { type: 'object', required: ['toestemming'], properties: { toestemming: { const: true } } },
      },
    ],
  };
}
