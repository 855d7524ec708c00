/** Towns per arbeidsmarktregio code: [name, longitude, latitude]. */
export const TOWNS: Record<string, [string, number, number][]>;
