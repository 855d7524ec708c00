/**
 * The coverage view's own texts, loaded with the view (its chunk); the "Regio's" button that opens it is in the main
 * catalogues, nl.ts and en.ts, which every embed loads.
 */
import { plural } from './format.js';

const nl = {
  title: 'Routes per arbeidsmarktregio',
  caption: 'Aantal routes per arbeidsmarktregio van de vmbo-school, per soort, volgens de gekozen filters',
  note: 'Volgens de filters (behalve de regio), naar de regio van de vmbo-school.',
  gaps: (n: number) => `${n} ${plural(n, 'regio heeft', "regio's hebben")} nog geen doorlopende leerroute (DLR).`,
  noGaps: 'Elke regio heeft minstens één doorlopende leerroute (DLR).',
  noDlr: 'nog geen DLR',
  region: 'Arbeidsmarktregio',
  total: 'Totaal',
  sum: "Alle regio's",
  download: 'Download als CSV',
  fileName: 'routes-per-arbeidsmarktregio.csv',
  choose: (naam: string) => `Toon de routes in ${naam} op de kaart`,
  legendTitle: 'Routes per regio',
  range: (lower: number, next?: number) =>
    next === undefined ? `${lower} of meer` : lower === next - 1 ? String(lower) : `${lower}–${next - 1}`,
  noRegion: 'Geen arbeidsmarktregio',
  yearLabel: 't/m schooljaar',
  allYears: 'Alle jaren',
  schoolYear: (year: number) => `${year}–${year + 1}`,
  play: 'Speel de jaren af',
  pause: 'Pauzeer',
  progress: (regions: number, of: number, year?: string) =>
    `Regio's met minstens één DLR${year ? ` t/m ${year}` : ''}: ${regions} van ${of}`,
  chartTitle: "Regio's met minstens één DLR, per schooljaar",
  chartCaption: "Aantal regio's met minstens één DLR, t/m elk schooljaar",
  yearColumn: 'Schooljaar',
  regionsColumn: "Regio's met DLR",
  historyNote: (unknown: number) =>
    'De feed bevat de routes die nu bestaan, hier geteld naar hun startjaar: een route die gestopt is, staat er niet meer in.' +
    (unknown
      ? ` ${unknown} ${plural(unknown, 'route', 'routes')} zonder startjaar ${plural(unknown, 'telt', 'tellen')} alleen mee bij "Alle jaren".`
      : ''),
  firstDlr: 'Eerste DLR',
  unknownYear: 'onbekend',
  upToYear: 't/m startjaar',
  downloadHistory: 'Download per jaar (CSV)',
  historyFileName: 'routes-per-arbeidsmarktregio-per-jaar.csv',
  print: 'Afdrukken',
};

export type CoverageTexts = typeof nl;

const en: CoverageTexts = {
  title: 'Routes per arbeidsmarktregio',
  caption: 'Number of routes per arbeidsmarktregio of the vmbo school, by kind, under the chosen filters',
  note: 'Under the filters (except the region), by the region of the vmbo school.',
  gaps: (n: number) => `${n} ${plural(n, 'region has', 'regions have')} no continuous learning route (DLR) yet.`,
  noGaps: 'Every region has at least one continuous learning route (DLR).',
  noDlr: 'no DLR yet',
  region: 'Arbeidsmarktregio',
  total: 'Total',
  sum: 'All regions',
  download: 'Download as CSV',
  fileName: 'routes-per-arbeidsmarktregio.csv',
  choose: (naam: string) => `Show the routes in ${naam} on the map`,
  legendTitle: 'Routes per region',
  range: (lower: number, next?: number) =>
    next === undefined ? `${lower} or more` : lower === next - 1 ? String(lower) : `${lower}–${next - 1}`,
  noRegion: 'Not in an arbeidsmarktregio',
  yearLabel: 'Up to school year',
  allYears: 'All years',
  schoolYear: (year: number) => `${year}–${year + 1}`,
  play: 'Play the years',
  pause: 'Pause',
  progress: (regions: number, of: number, year?: string) =>
    `Regions with at least one DLR${year ? ` up to ${year}` : ''}: ${regions} of ${of}`,
  chartTitle: 'Regions with at least one DLR, by school year',
  chartCaption: 'Number of regions with at least one DLR, up to each school year',
  yearColumn: 'School year',
  regionsColumn: 'Regions with a DLR',
  historyNote: (unknown: number) =>
    'The feed holds the routes that exist now, counted here by their first year: a route that stopped is no longer in it.' +
    (unknown
      ? ` ${unknown} ${plural(unknown, 'route', 'routes')} without a first year ${plural(unknown, 'counts', 'count')} only under "All years".`
      : ''),
  firstDlr: 'First DLR',
  unknownYear: 'unknown',
  upToYear: 'up to startjaar',
  downloadHistory: 'Download by year (CSV)',
  historyFileName: 'routes-per-arbeidsmarktregio-by-year.csv',
  print: 'Print',
};

/** The texts in the interface's language. */
export function coverageTexts(lang: string): CoverageTexts {
  return lang === 'en' ? en : nl;
}
