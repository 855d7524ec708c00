/** The three kinds of route, in the order legends, counts and pin rings use. */
export const ROUTE_KINDS = ['DLR', 'GLR', 'leerlab'] as const;
export type RouteKind = (typeof ROUTE_KINDS)[number];
