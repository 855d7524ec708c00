/**
 * The publisher's spreadsheet (one row per route; its cells as text, from a CSV or an XLSX: see spreadsheet.ts)
 * -> the feed. Every bad cell is named as the spreadsheet shows it (row 14, column niveaus, the header being
 * row 1); a bad row is left out, the others are kept. Each row becomes a feature checked by the same zod schema
 * the map uses, and then every warning the map's parser gives about the built feed is named by row and column too.
 * The CLI (`build`) and the workbench (publish.html) both convert through here: one source of truth.
 */
import { regionAt } from '../regions/regions.js';
import { checkRegion, type RegionFinding } from '../regions/region-check.js';
import * as z from 'zod/mini';
import { featureSchema, FEED_VERSION } from '../feed/schema.js';
import { issueText } from '../feed/messages.js';
import { parseFeed } from '../feed/parse-feed.js';
import { schoolDisagreements, schoolKey } from '../feed/school-places.js';
import type { Messages } from '../i18n/index.js';
import type { CliMessages } from '../i18n/cli.js';

/** Rijksdriehoeksstelsel (EPSG:28992), with the datum shift to WGS84. */
const RD =
  '+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 +ellps=bessel ' +
  '+towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs';

export const COLUMNS = [
  'id',
  'soort',
  'naam',
  'beschrijving',
  'school',
  'brin',
  'vestiging',
  'plaats',
  'arbeidsmarktregio',
  'arbeidsmarktregios',
  'profielen',
  'niveaus',
  'startjaar',
  'vmboScholen',
  'mboInstellingen',
  'contactNaam',
  'contactFunctie',
  'contactEmail',
  'contactTelefoon',
  'toestemming',
  'website',
  'wijzigingUrl',
  'lat',
  'lon',
  'x',
  'y',
] as const;
export type Column = (typeof COLUMNS)[number];

const fold = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
const columnByFolded = new Map<string, Column>(COLUMNS.map((c) => [fold(c), c]));
columnByFolded.set('schoolnaam', 'school');

/** Where each known column is in a header (its first place), by the names the sheet reads (also `schoolnaam`). */
export function columnIndexes(header: readonly string[]): Partial<Record<Column, number>> {
  const at: Partial<Record<Column, number>> = {};
  header.forEach((name, i) => {
    const column = columnByFolded.get(fold(name));
    if (column && at[column] === undefined) at[column] = i;
  });
  return at;
}

/** One remark about the spreadsheet: an error leaves its row out, a warning keeps it. */
export interface Finding {
  kind: 'error' | 'warning';
  /** The row as the spreadsheet numbers it (the header is row 1); none for the header's own problems. */
  row?: number;
  column?: string;
  /** The cell as written, when the remark is about one cell. */
  value?: string;
  text: string;
}

export interface SheetResult {
  feed: { type: 'FeatureCollection'; feedVersie: number; bijgewerkt: string; bron?: string; features: unknown[] };
  findings: Finding[];
  /** Rows below the header. */
  rows: number;
}

/** A finding as one line, as the CLI prints it: `rij 14, kolom niveaus: …`. */
export function findingText(finding: Finding, m: CliMessages): string {
  if (finding.row !== undefined && finding.column !== undefined)
    return m.cell(finding.row, finding.column, finding.text);
  if (finding.row !== undefined) return m.rowRemark(finding.row, finding.text);
  return finding.text;
}

/** A row's filled cells by the column they are in. */
function cellsByColumn(
  cells: readonly string[],
  columns: readonly (Column | undefined)[],
): Partial<Record<Column, string>> {
  const cell: Partial<Record<Column, string>> = {};
  columns.forEach((column, i) => {
    const value = cells[i]?.trim();
    if (column && value) cell[column] = value;
  });
  return cell;
}

/** Each route's row in the spreadsheet, by its id (the first row with it): its number and its cells. */
export function rowsById(
  records: readonly (readonly string[])[],
): Map<string, { row: number; cell: Partial<Record<Column, string>> }> {
  const [headRow = [], ...rows] = records;
  const columns = headRow.map((name) => columnByFolded.get(fold(name)));
  const byId = new Map<string, { row: number; cell: Partial<Record<Column, string>> }>();
  rows.forEach((cells, index) => {
    const cell = cellsByColumn(cells, columns);
    if (cell.id && !byId.has(cell.id)) byId.set(cell.id, { row: index + 2, cell });
  });
  return byId;
}

/** RD x/y in metres to WGS84 [lon, lat] in degrees. */
export type RdConverter = (x: number, y: number) => [number, number];

/**
 * The RD converter a sheet needs, or none: proj4 (about 40 kB) is loaded only for a sheet with an `x` or `y` column,
 * which most sheets (lat/lon) do not have.
 */
export async function rdConverterFor(records: readonly (readonly string[])[]): Promise<RdConverter | undefined> {
  const columns = (records[0] ?? []).map((name) => columnByFolded.get(fold(name)));
  if (!columns.includes('x') && !columns.includes('y')) return undefined;
  const { default: proj4 } = await import('proj4');
  return (x, y) => {
    const [lon, lat] = proj4(RD, 'WGS84', [x, y]);
    return [lon!, lat!];
  };
}

export function recordsToFeed(
  records: readonly (readonly string[])[],
  messages: Messages,
  m: CliMessages,
  options: {
    bron?: string;
    today?: string;
    rd?: RdConverter;
    undecodable?: ReadonlyMap<string, string[]>;
    /** Findings about rows made before (DUO's data, duo.ts): an error leaves its row out, as a bad cell does. */
    rowFindings?: readonly Finding[];
  } = {},
): SheetResult {
  const [headRow = [], ...rows] = records;
  const columns = headRow.map((name) => columnByFolded.get(fold(name)));
  const findings: Finding[] = [];
  headRow.forEach((name, i) => {
    if (!columns[i] && name.trim()) findings.push({ kind: 'error', row: 1, value: name, text: m.unknownColumn(name) });
  });
  const feedOf = (features: unknown[]): SheetResult['feed'] => ({
    type: 'FeatureCollection',
    feedVersie: FEED_VERSION,
    bijgewerkt: options.today ?? new Date().toISOString().slice(0, 10),
    ...(options.bron ? { bron: options.bron } : {}),
    features,
  });
  // A column written twice (`toestemming` as "nee" and as "ja") cannot be read either way: not one row is built.
  const duplicated = duplicatedColumns(headRow, columns);
  if (duplicated.length) {
    for (const { name, letters } of duplicated)
      findings.push({ kind: 'error', row: 1, column: name, text: m.duplicateColumn(name, letters) });
    return { feed: feedOf([]), findings, rows: rows.filter((cells) => cells.some((value) => value.trim())).length };
  }

  const earlier = new Map<number, Finding[]>();
  for (const finding of options.rowFindings ?? [])
    if (finding.row !== undefined) earlier.set(finding.row, [...(earlier.get(finding.row) ?? []), finding]);
  const features: unknown[] = [];
  /** For each feature built: its row and cells, to name the cell of a warning the feed parser gives. */
  const sources: { rowNumber: number; cell: Partial<Record<Column, string>>; warnings: Finding[] }[] = [];
  const seen = new Map<string, number>();
  let written = 0;
  rows.forEach((cells, index) => {
    const rowNumber = index + 2;
    // An empty row is no route: skipped without a word, but counted, so that row numbers stay the spreadsheet's.
    if (cells.every((value) => !value.trim())) return;
    written++;
    // A shifted row (an unquoted delimiter in a description) puts a phone number in `website` and drops the
    // consent cell: it is never read, whatever else it holds.
    if (cells.length !== headRow.length) {
      findings.push({ kind: 'error', row: rowNumber, text: m.cellCount(cells.length, headRow.length) });
      return;
    }
    const cell = cellsByColumn(cells, columns);
    const rowProblems: Finding[] = [];
    const badColumns = new Set<string>();
    const bad = (column: string, text: string) => {
      badColumns.add(column);
      rowProblems.push({ kind: 'error', row: rowNumber, column, value: valueOf(cell, column), text });
    };
    // A byte the decoding could not read (U+FFFD) is never published as �: its row waits for the fixed cell.
    cells.forEach((value, i) => {
      const column = columns[i];
      if (column && value.includes('\ufffd'))
        bad(column, m.undecodable(options.undecodable?.get(`${rowNumber}:${i}`) ?? []));
    });
    const feature = rowToFeature(cell, bad, m, options.rd);
    const rowWarnings: Finding[] = [];
    for (const finding of earlier.get(rowNumber) ?? [])
      (finding.kind === 'error' ? rowProblems : rowWarnings).push(finding);
    const warn = (column: string, text: string) =>
      rowWarnings.push({ kind: 'warning', row: rowNumber, column, value: valueOf(cell, column), text });
    if (feature) {
      const [lon, lat] = feature.geometry.coordinates;
      const properties = feature.properties as { arbeidsmarktregio?: string };
      if (!cell.arbeidsmarktregio) {
        if (properties.arbeidsmarktregio) warn('arbeidsmarktregio', m.regionFilled(properties.arbeidsmarktregio));
      } else if (properties.arbeidsmarktregio) {
        const finding = checkRegion(properties.arbeidsmarktregio, lon, lat);
        if (finding) warn('arbeidsmarktregio', regionFindingText(finding, m));
      }
      const result = z.safeParse(featureSchema, feature, { reportInput: true });
      if (!result.success) {
        for (const issue of result.error.issues) {
          const column = columnOf(issue.path, cell);
          // A cell we could not read already has its message; the schema's follow-up would only repeat it.
          if (!badColumns.has(column)) bad(column, issueText(issue)(messages));
        }
      }
      const id = cell.id ?? '';
      const first = seen.get(id);
      if (first !== undefined) bad('id', m.duplicateRow(first));
      else if (id) seen.set(id, rowNumber);
    }
    if (rowProblems.length || !feature) findings.push(...rowProblems);
    else {
      features.push(feature);
      sources.push({ rowNumber, cell, warnings: rowWarnings });
    }
  });

  // Every warning `validate` would give about the built feed, named by row and column like the rest.
  const parsed = parseFeed({ type: 'FeatureCollection', feedVersie: FEED_VERSION, features }, 'csv');
  if (parsed.ok) {
    for (const warning of parsed.feed.warnings) {
      // Said below, by row.
      if (warning.about === 'school-place') continue;
      const source = warning.index === undefined ? undefined : sources[warning.index];
      if (!source) continue;
      const column = columnOf(['properties', ...warning.path], source.cell);
      source.warnings.push({
        kind: 'warning',
        row: source.rowNumber,
        column,
        value: valueOf(source.cell, column),
        text: warning.text(messages),
      });
    }
  }
  // One school, one place: each later row that puts its school elsewhere, or names it otherwise, by row.
  const mentions = sources.map((source, i) => {
    const { properties, geometry } = features[i] as BuiltFeature;
    const school = properties.school;
    return { ...school, school: schoolKey(school), coordinates: geometry.coordinates, at: source };
  });
  for (const found of schoolDisagreements(mentions)) {
    const column =
      found.km !== undefined ? columnOf(['geometry'], found.at.cell) : found.naam !== undefined ? 'school' : 'plaats';
    const text = messages.warning.schoolPlace(found.school, m.rowName(found.first.rowNumber), found);
    found.at.warnings.push({
      kind: 'warning',
      row: found.at.rowNumber,
      column,
      value: valueOf(found.at.cell, column),
      text,
    });
  }
  for (const source of sources) findings.push(...source.warnings);

  return { feed: feedOf(features), findings, rows: written };
}

/** A feature as rowToFeature built it and the schema passed it: what the place check reads. */
interface BuiltFeature {
  geometry: { coordinates: [number, number] };
  properties: { school: { naam: string; brin?: string; vestiging?: string; plaats?: string } };
}

/** Excel's name of a column: A … Z, AA …. */
export function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Columns the header names more than once (also as `school` and `schoolnaam`), with their letters. */
function duplicatedColumns(headRow: readonly string[], columns: readonly (Column | undefined)[]) {
  const at = new Map<Column, number[]>();
  columns.forEach((column, i) => {
    if (column) at.set(column, [...(at.get(column) ?? []), i]);
  });
  return [...at]
    .filter(([, indexes]) => indexes.length > 1)
    .map(([column, indexes]) => ({
      name: headRow[indexes[0]!]?.trim() || column,
      letters: indexes.map(columnLetter),
    }));
}

/** What a column's cell holds (`lat/lon` and `x/y` name two: both are shown). */
function valueOf(cell: Partial<Record<Column, string>>, column: string): string | undefined {
  if (column.includes('/')) {
    const parts = column.split('/').map((name) => cell[name as Column] ?? '');
    return parts.some(Boolean) ? parts.join(' / ') : undefined;
  }
  return cell[column as Column];
}

type Bad = (column: string, text: string) => void;

export function regionFindingText(finding: RegionFinding, m: CliMessages): string {
  return finding.kind === 'elsewhere'
    ? m.regionElsewhere(finding.lies, finding.stated)
    : m.regionOutside(finding.stated);
}

function rowToFeature(cell: Partial<Record<Column, string>>, bad: Bad, m: CliMessages, rd: RdConverter | undefined) {
  const list = (value: string | undefined) =>
    value
      ?.split('|')
      .map((part) => part.trim())
      .filter(Boolean);
  const niveaus = list(cell.niveaus)?.map((written) => {
    const match = /^(bb|kb|gl|tl)\s*-\s*(\d)$/i.exec(written);
    if (!match) {
      bad('niveaus', m.badNiveau(written));
      return undefined;
    }
    return { van: match[1]!.toLowerCase(), naar: Number(match[2]) };
  });
  let startjaar: number | undefined;
  if (cell.startjaar !== undefined) {
    startjaar = Number(cell.startjaar);
    if (!Number.isInteger(startjaar)) bad('startjaar', m.badNumber(cell.startjaar));
  }
  const coordinates = readCoordinates(cell, bad, m, rd);
  // `Naam (12AB)`: read from the last parenthesis, without a pattern that could backtrack over a long cell.
  const institutions = (value: string | undefined) =>
    list(value)?.map((written) => {
      const open = written.lastIndexOf('(');
      const brin = open >= 0 && written.endsWith(')') ? written.slice(open + 1, -1) : '';
      return /^[0-9A-Z]{4}$/.test(brin) ? { naam: written.slice(0, open).trim(), brin } : { naam: written };
    });
  if (!coordinates) return undefined;
  const consent = cell.toestemming?.toLowerCase() === 'ja';
  const contact = consent
    ? {
        ...(cell.contactNaam ? { naam: cell.contactNaam } : {}),
        ...(cell.contactFunctie ? { functie: cell.contactFunctie } : {}),
        ...(cell.contactEmail ? { email: cell.contactEmail } : {}),
        ...(cell.contactTelefoon ? { telefoon: cell.contactTelefoon } : {}),
        toestemming: true,
      }
    : undefined; // without "ja", no part of the contact leaves the spreadsheet
  const properties = {
    soort: cell.soort,
    naam: cell.naam,
    beschrijving: cell.beschrijving?.replace(/\r\n/g, '\n'),
    school: {
      naam: cell.school,
      ...(cell.brin ? { brin: cell.brin } : {}),
      ...(cell.vestiging ? { vestiging: cell.vestiging.padStart(2, '0') } : {}),
      ...(cell.plaats ? { plaats: cell.plaats } : {}),
    },
    // An empty cell is filled from the coordinates here, in its place among the fields (recordsToFeed says so).
    arbeidsmarktregio: cell.arbeidsmarktregio ?? regionAt(coordinates[0], coordinates[1])?.naam,
    arbeidsmarktregios: list(cell.arbeidsmarktregios),
    profielen: list(cell.profielen),
    niveaus: niveaus?.every(Boolean) ? niveaus : undefined,
    startjaar,
    vmboScholen: institutions(cell.vmboScholen),
    mboInstellingen: institutions(cell.mboInstellingen),
    contact,
    website: cell.website,
    wijzigingUrl: cell.wijzigingUrl,
  };
  // Leave out what is empty, so the feed reads as a person would write it.
  const clean = Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== undefined));
  return { type: 'Feature', id: cell.id, geometry: { type: 'Point', coordinates }, properties: clean };
}

/** lat/lon in degrees (a decimal comma is fine), or RD x/y in metres. */
function readCoordinates(
  cell: Partial<Record<Column, string>>,
  bad: Bad,
  m: CliMessages,
  rd: RdConverter | undefined,
): [number, number] | undefined {
  const number = (value: string) => Number(value.replace(',', '.'));
  if (cell.lat !== undefined || cell.lon !== undefined) {
    const lat = number(cell.lat ?? '');
    const lon = number(cell.lon ?? '');
    if (!Number.isFinite(lat)) bad('lat', m.badNumber(cell.lat ?? ''));
    if (!Number.isFinite(lon)) bad('lon', m.badNumber(cell.lon ?? ''));
    return Number.isFinite(lat) && Number.isFinite(lon) ? [lon, lat] : undefined;
  }
  if (cell.x !== undefined || cell.y !== undefined) {
    const x = number(cell.x ?? '');
    const y = number(cell.y ?? '');
    if (!Number.isFinite(x)) bad('x', m.badNumber(cell.x ?? ''));
    if (!Number.isFinite(y)) bad('y', m.badNumber(cell.y ?? ''));
    if (!Number.isFinite(x) || !Number.isFinite(y)) return undefined;
    // The callers load it for every sheet with an x or y column (rdConverterFor).
    if (!rd) throw new Error('recordsToFeed: a sheet with x/y needs the RD converter (rdConverterFor)');
    const [lon, lat] = rd(x, y);
    return [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6];
  }
  bad('lat/lon', m.noCoordinates);
  return undefined;
}

/** The spreadsheet column a schema issue is about. */
function columnOf(path: readonly PropertyKey[], cell: Partial<Record<Column, string>>): string {
  const [first, second] = path[0] === 'properties' ? path.slice(1) : path;
  if (first === 'geometry') return cell.x !== undefined ? 'x/y' : 'lat/lon';
  if (first === 'school') return second === undefined || second === 'naam' ? 'school' : String(second);
  if (first === 'contact') return `contact${String(second ?? '').replace(/^./, (c) => c.toUpperCase())}`;
  return String(first ?? 'id');
}
