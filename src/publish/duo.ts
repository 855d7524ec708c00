/**
 * DUO's open data (CC0) for the publisher's sheet (issue 27): a row may give only a school's BRIN and vestiging, and
 * its name, place and position come from DUO's files, as DUO publishes them (read like any CSV: UTF-8 or
 * Windows-1252, `;` or `,`, quoted; headers matched by name, in any case and order, extra columns ignored):
 * - "Vestigingen vo" (`02.-alle-vestigingen-vo.csv`): the vestiging's name, address, place and education structure;
 * - "Onderwijslocaties" (RIO): the position of a building, joined to a vestiging by postcode + huisnummer;
 * - "Adressen mbo-instellingen": an mbo instelling's name by its BRIN.
 * A value in the sheet always wins; where it contradicts DUO, that is a warning. Pure: the files' records in, the
 * sheet's records out (with the cells filled, each named with its source), and findings by row and column.
 */
import { distanceKm, type LonLat } from '../feed/earth.js';
import type { CliMessages } from '../i18n/cli.js';
import { columnIndexes, type Column, type Finding } from './sheet-to-feed.js';

export interface DuoVestiging {
  naam: string;
  plaats: string;
  /** `1017RV`: no space, capitals. */
  postcode: string;
  /** The number of the address, without addition (`12` of `12 A`). */
  huisnummer: string;
  /** `VMBO/HAVO/VWO`, as DUO writes it; empty when the file has no such column. */
  structuur: string;
}

export interface DuoData {
  /** By VESTIGINGSCODE (`12AB01`). */
  vestigingen: Map<string, DuoVestiging>;
  /** Positions of onderwijslocaties by address (`1017RV 12`), in the file's order. */
  locaties: Map<string, LonLat[]>;
  /** mbo instellingen's names by BRIN. */
  mbo: Map<string, string>;
}

/** Where a filled cell's value came from. */
export type DuoSource = 'vestigingen' | 'onderwijslocaties' | 'pdok' | 'postcode' | 'mbo';

export interface FilledCell {
  row: number;
  column: string;
  value: string;
  source: DuoSource;
}

/** A school's sheet position farther than this from DUO's address is a warning. */
const CONTRADICTION_KM = 1;

const folded = (name: string) =>
  name
    .trim()
    .toUpperCase()
    .replace(/[\s_-]+/g, '');

/** A DUO file's columns by name; `null` (with the missing names) when a column we rely on is absent. */
function columnsOf(
  header: readonly string[],
  wanted: Record<string, string>,
): { index: Record<string, number>; missing: string[] } {
  const at = new Map(header.map((name, i) => [folded(name), i]));
  const index: Record<string, number> = {};
  const missing: string[] = [];
  for (const [key, name] of Object.entries(wanted)) {
    const i = at.get(folded(name));
    if (i === undefined) missing.push(name);
    else index[key] = i;
  }
  return { index, missing };
}

export const normalPostcode = (postcode: string) => postcode.replace(/\s+/g, '').toUpperCase();
/** `7511AB`, `12` -> `7511 AB 12`, as an address is read. */
const addressText = (v: DuoVestiging) => `${v.postcode.slice(0, 4)} ${v.postcode.slice(4)} ${v.huisnummer}`.trim();
const houseNumber = (written: string) => /\d+/.exec(written)?.[0] ?? '';
export const addressKey = (postcode: string, huisnummer: string) =>
  `${normalPostcode(postcode)} ${houseNumber(huisnummer)}`;

/** The column names each DUO file must have (docs/PUBLISHING.md lists them). */
export const DUO_COLUMNS = {
  vestigingen: {
    code: 'VESTIGINGSCODE',
    naam: 'VESTIGINGSNAAM',
    postcode: 'POSTCODE',
    huisnummer: 'HUISNUMMER-TOEVOEGING',
    plaats: 'PLAATSNAAM',
  },
  locaties: { postcode: 'POSTCODE', huisnummer: 'HUISNUMMER', lat: 'GPS_LATITUDE', lon: 'GPS_LONGITUDE' },
  mbo: { brin: 'INSTELLINGSCODE', naam: 'INSTELLINGSNAAM' },
} as const;

export class DuoFileError extends Error {}

/** Reads DUO's files (their records, header first); a file without a column we rely on is refused by name. */
export function readDuo(
  files: { vestigingen: string[][]; locaties?: string[][]; mbo?: string[][] },
  m: CliMessages,
): DuoData {
  const table = (records: string[][], kind: keyof typeof DUO_COLUMNS) => {
    const [header = [], ...rows] = records;
    const { index, missing } = columnsOf(header, DUO_COLUMNS[kind]);
    if (missing.length) throw new DuoFileError(m.duoColumnsMissing(kind, missing));
    return { rows: rows.filter((cells) => cells.some((cell) => cell.trim())), index, header };
  };
  const vestigingen = new Map<string, DuoVestiging>();
  const v = table(files.vestigingen, 'vestigingen');
  const structuurAt = columnsOf(v.header, { structuur: 'ONDERWIJSSTRUCTUUR' }).index.structuur;
  for (const cells of v.rows) {
    const cell = (key: string) => (cells[v.index[key]!] ?? '').trim();
    vestigingen.set(cell('code').toUpperCase(), {
      naam: cell('naam'),
      plaats: placeName(cell('plaats')),
      postcode: normalPostcode(cell('postcode')),
      huisnummer: houseNumber(cell('huisnummer')),
      structuur: structuurAt === undefined ? '' : (cells[structuurAt] ?? '').trim(),
    });
  }
  const locaties = new Map<string, LonLat[]>();
  if (files.locaties) {
    const l = table(files.locaties, 'locaties');
    for (const cells of l.rows) {
      const cell = (key: string) => (cells[l.index[key]!] ?? '').trim();
      const lat = Number(cell('lat').replace(',', '.'));
      const lon = Number(cell('lon').replace(',', '.'));
      if (!cell('lat') || !cell('lon') || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
      const key = addressKey(cell('postcode'), cell('huisnummer'));
      locaties.set(key, [...(locaties.get(key) ?? []), [lon, lat]]);
    }
  }
  const mbo = new Map<string, string>();
  if (files.mbo) {
    const t = table(files.mbo, 'mbo');
    for (const cells of t.rows) {
      const brin = (cells[t.index.brin!] ?? '').trim().toUpperCase();
      const naam = (cells[t.index.naam!] ?? '').trim();
      if (brin && naam && !mbo.has(brin)) mbo.set(brin, naam);
    }
  }
  return { vestigingen, locaties, mbo };
}

/** Where a school stands when DUO has no building at its address, if anywhere: a geocoder's answer, a postcode's centre. */
export interface PositionHelp {
  /** Positions looked up by address (`addressKey`), e.g. from PDOK Locatieserver (asked beforehand, opt-in). */
  geocoded?: ReadonlyMap<string, LonLat>;
  /** The centre of a 4-digit postcode (the built-in gazetteer). */
  postcodeCentre?: (pc4: string) => LonLat | undefined;
}

export interface DuoFill {
  records: string[][];
  filled: FilledCell[];
  /** Findings by row: errors leave the row out, as any bad cell does. */
  findings: Finding[];
}

/** The addresses of the sheet's schools that DUO has no building for: what a geocoder may be asked. */
export function addressesWithoutPosition(records: readonly (readonly string[])[], duo: DuoData): Map<string, string> {
  const wanted = new Map<string, string>();
  const [header = [], ...rows] = records;
  const at = columnIndexes(header);
  for (const cells of rows) {
    const vestiging = duo.vestigingen.get(vestigingCode(cells, at) ?? '');
    if (!vestiging) continue;
    const positioned = [at.lat, at.lon, at.x, at.y].some((i) => i !== undefined && (cells[i] ?? '').trim());
    const key = addressKey(vestiging.postcode, vestiging.huisnummer);
    if (!positioned && !duo.locaties.has(key)) wanted.set(key, addressText(vestiging));
  }
  return wanted;
}

type SheetAt = Partial<Record<Column, number>>;

function vestigingCode(cells: readonly string[], at: SheetAt): string | undefined {
  const brin = at.brin === undefined ? '' : (cells[at.brin] ?? '').trim().toUpperCase();
  const vestiging = at.vestiging === undefined ? '' : (cells[at.vestiging] ?? '').trim();
  if (!brin || !vestiging) return undefined;
  return `${brin}${vestiging.padStart(2, '0')}`;
}

/** Words of a Dutch place name written in small letters (`Alphen aan den Rijn`, `Bergen op Zoom`). */
const SMALL_WORDS = new Set(['aan', 'de', 'den', 'der', 'het', 'in', 'op', 'bij', 'van', 'ter', 'ten', 'onder', 'en']);

/**
 * A place name as a person writes it: DUO writes `'S-HERTOGENBOSCH`, `CAPELLE AAN DEN IJSSEL`; the map shows
 * `'s-Hertogenbosch`, `Capelle aan den IJssel`. A name in mixed case is left as written.
 */
export function placeName(written: string): string {
  if (written !== written.toUpperCase()) return written;
  return written
    .toLowerCase()
    .split(' ')
    .map((word, i) =>
      word
        .split('-')
        .map((part) => {
          if (part === "'s" || part === '’s' || (i > 0 && SMALL_WORDS.has(part))) return part;
          if (part.startsWith('ij')) return `IJ${part.slice(2)}`;
          return part.charAt(0).toUpperCase() + part.slice(1);
        })
        .join('-'),
    )
    .join(' ');
}

const sameWords = (a: string, b: string) =>
  a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The sheet's records with what DUO knows filled in where a cell is empty: the school's name and place from its
 * vestiging, its position from the onderwijslocatie at that address (else `help`), mbo BRINs written out as names.
 * Columns the sheet lacks are added. The arbeidsmarktregio then follows from the position, as for any row.
 */
export function fillFromDuo(
  records: readonly (readonly string[])[],
  duo: DuoData,
  m: CliMessages,
  help: PositionHelp = {},
): DuoFill {
  const [headRow = [], ...rows] = records;
  const header = [...headRow];
  const at = columnIndexes(header);
  const ensure = (key: keyof SheetAt, name: string) => {
    if (at[key] === undefined) {
      at[key] = header.length;
      header.push(name);
    }
    return at[key]!;
  };
  const filled: FilledCell[] = [];
  const findings: Finding[] = [];
  const out: string[][] = [header];
  rows.forEach((written, index) => {
    const row = index + 2;
    const cells = [...written];
    while (cells.length < headRow.length) cells.push('');
    out.push(cells);
    if (!cells.some((cell) => cell.trim())) return;
    const code = vestigingCode(cells, at);
    if (code === undefined) {
      fillMbo(cells, row);
      return;
    }
    const vestiging = duo.vestigingen.get(code);
    if (!vestiging) {
      findings.push({ kind: 'error', row, column: 'vestiging', value: code, text: m.duoUnknown(code) });
      return;
    }
    if (vestiging.structuur && !/VMBO/i.test(vestiging.structuur))
      findings.push({
        kind: 'warning',
        row,
        column: 'vestiging',
        value: code,
        text: m.duoNoVmbo(code, vestiging.structuur),
      });
    const fill = (key: keyof SheetAt, name: string, value: string, source: DuoSource) => {
      const i = ensure(key, name);
      while (cells.length < header.length) cells.push('');
      const current = (cells[i] ?? '').trim();
      if (current) {
        if (source === 'vestigingen' && value && !sameWords(current, value))
          findings.push({ kind: 'warning', row, column: name, value: current, text: m.duoDiffers(value) });
        return;
      }
      if (!value) return;
      cells[i] = value;
      filled.push({ row, column: name, value, source });
    };
    fill('school', 'school', vestiging.naam, 'vestigingen');
    fill('plaats', 'plaats', vestiging.plaats, 'vestigingen');
    fillPosition(cells, row, vestiging);
    fillMbo(cells, row);
  });
  // Rows shorter than the grown header: the added columns are empty there.
  for (const cells of out) while (cells.length < header.length) cells.push('');
  return { records: out, filled, findings };

  function fillPosition(cells: string[], row: number, vestiging: DuoVestiging) {
    const key = addressKey(vestiging.postcode, vestiging.huisnummer);
    const building = duo.locaties.get(key)?.[0];
    const geocoded = help.geocoded?.get(key);
    const centre = help.postcodeCentre?.(vestiging.postcode.slice(0, 4));
    const [position, source] = building
      ? [building, 'onderwijslocaties' as const]
      : geocoded
        ? [geocoded, 'pdok' as const]
        : [centre, 'postcode' as const];
    const written = writtenPosition(cells);
    if (written) {
      // The sheet's own position stands; far from DUO's address it is probably another building, or a typo.
      const known = building ?? geocoded;
      if (known) {
        const km = distanceKm(written, known);
        if (km > CONTRADICTION_KM)
          findings.push({
            kind: 'warning',
            row,
            column: 'lat/lon',
            text: m.duoFarFrom(km, addressText(vestiging)),
          });
      }
      return;
    }
    if (!position) {
      findings.push({
        kind: 'error',
        row,
        column: 'lat/lon',
        text: m.duoNoPosition(addressText(vestiging)),
      });
      return;
    }
    const latAt = ensure('lat', 'lat');
    const lonAt = ensure('lon', 'lon');
    while (cells.length < header.length) cells.push('');
    cells[latAt] = String(position[1]);
    cells[lonAt] = String(position[0]);
    filled.push({ row, column: 'lat', value: String(position[1]), source });
    filled.push({ row, column: 'lon', value: String(position[0]), source });
    if (source === 'postcode')
      findings.push({
        kind: 'warning',
        row,
        column: 'lat/lon',
        text: m.duoApproximate(vestiging.postcode.slice(0, 4)),
      });
  }

  function writtenPosition(cells: readonly string[]): LonLat | undefined {
    const read = (i: number | undefined) => (i === undefined ? '' : (cells[i] ?? '').trim());
    if (read(at.x) || read(at.y)) return undefined;
    const lat = Number(read(at.lat).replace(',', '.'));
    const lon = Number(read(at.lon).replace(',', '.'));
    if (!read(at.lat) || !read(at.lon) || !Number.isFinite(lat) || !Number.isFinite(lon)) return undefined;
    return [lon, lat];
  }

  function fillMbo(cells: string[], row: number) {
    if (at.mboInstellingen === undefined || duo.mbo.size === 0) return;
    const written = (cells[at.mboInstellingen] ?? '').trim();
    if (!written) return;
    let changed = false;
    const parts = written.split('|').map((part) => {
      const brin = part.trim().toUpperCase();
      if (!/^[0-9]{2}[A-Z0-9]{2}$/.test(brin)) return part.trim();
      const naam = duo.mbo.get(brin);
      if (!naam) return part.trim();
      changed = true;
      return `${naam} (${brin})`;
    });
    if (!changed) return;
    const value = parts.join('|');
    cells[at.mboInstellingen] = value;
    filled.push({ row, column: 'mboInstellingen', value, source: 'mbo' });
  }
}
