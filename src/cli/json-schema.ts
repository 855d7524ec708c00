/** The feed's JSON Schema, generated from the zod schema by zod itself: one source of truth for every tool. */
import * as z from 'zod/mini';
import { feedSchema } from '../feed/schema.js';

export function feedJsonSchema(): Record<string, unknown> {
  // Our own checks (kind-dependent fields, swapped coordinates) cannot be expressed in JSON Schema; the shapes,
  // enums, patterns and ranges can. `leerroutes-kaart validate` checks everything.
  const schema = z.toJSONSchema(feedSchema, { unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://leerroutes-kaart/feed.schema.json',
    title: 'Leerroutes feed, version 1',
    description: 'A GeoJSON FeatureCollection of doorlopende en geïntegreerde leerroutes and leerlabs (docs/feed-format.md).',
  };
}
