/** The publisher's command-line tool's own strings (kept out of the map's bundle). Dutch default, English. */
import { countFormatter, plural } from './format.js';

const nlNumber = countFormatter('.');
const enNumber = countFormatter(',');

export const cliNl = {
  usage: `gebruik: leerroutes-kaart <opdracht> [opties]
  validate FEED.json [--json] [--lang en]   controleer een feed (exit 0 geldig, 1 routes overgeslagen, 2 onbruikbaar)
  build ROUTES.csv|.xlsx -o FEED.json       maak de feed van de spreadsheet (CSV met ; of ,, of XLSX;
        [--bron …] [--sheet NAAM]           --sheet kiest het blad, anders het eerste)
        [--duo VESTIGINGEN.csv]             vul lege school, plaats en plek aan uit DUO's open data
        [--locaties ONDERWIJSLOCATIES.csv] [--mbo MBO.csv] [--geocode pdok]
  schema                                    druk het JSON Schema van de feed af
  diff OUD.json NIEUW.json [--json]         toegevoegde, verwijderde en gewijzigde routes
  html FEED.json [--region …] [-o …]        de routes als HTML-lijst, om in het element te plakken (werkt zonder JavaScript)`,
  cannotRead: (file: string) => `Kan ${file} niet lezen.`,
  summary: (valid: number, skipped: number) =>
    `${valid} ${plural(valid, 'route', 'routes')} geldig, ${skipped} overgeslagen`,
  warning: 'waarschuwing',
  cell: (row: number, column: string, text: string) => `rij ${row}, kolom ${column}: ${text}`,
  unknownColumn: (name: string) => `kolom "${name}" is onbekend en wordt genegeerd`,
  badNiveau: (written: string) => `"${written}" is geen niveau; schrijf leerweg-niveau, zoals kb-3`,
  badNumber: (written: string) => `"${written}" is geen getal`,
  noCoordinates: 'coördinaten ontbreken: vul lat en lon in, of x en y (RD)',
  duplicateRow: (first: number) => `dit id staat al in rij ${first}`,
  duplicateColumn: (name: string, letters: string[]) =>
    `de kolom "${name}" staat ${letters.length} keer in de kopregel (kolommen ${letters.join(' en ')}); welke geldt is niet te zeggen, dus is geen enkele rij gelezen. Laat er één over`,
  undecodable: (bytes: string[]) =>
    `bevat een teken dat niet te lezen is${bytes.filter(Boolean).length ? ` (${bytes.filter(Boolean).join(', ')})` : ''}, weergegeven als �; typ het opnieuw, of sla het bestand op als "CSV UTF-8"`,
  built: (file: string, written: number, skipped: number, readAs: string) =>
    `${file}: ${written} ${plural(written, 'route', 'routes')} geschreven, ${skipped} ${plural(skipped, 'rij', 'rijen')} overgeslagen (${readAs})`,
  readAsCsv: (encoding: string, delimiter: string) => `gelezen als ${encoding}, scheidingsteken "${delimiter}"`,
  readAsXlsx: (sheet: string) => `gelezen als XLSX, blad "${sheet}"`,
  badXlsx: (reason: string) =>
    `Het bestand lijkt een XLSX, maar is niet te lezen (${reason}). Sla het in Excel opnieuw op als Excel-werkmap (.xlsx), of exporteer het als CSV.`,
  xlsxTooLarge: (megabytes: number) =>
    `Het XLSX-bestand pakt uit tot meer dan ${megabytes} MB en is niet gelezen; zo groot is geen lijst met routes. Is het het goede bestand? Exporteer anders het blad met de routes als CSV.`,
  xlsxTooManyCells: (limit: number) =>
    `Het XLSX-bestand heeft meer dan ${nlNumber(limit)} cellen en is niet gelezen; zoveel routes kan de kaart niet tonen. Staat er ander werk in het bestand? Bewaar alleen het blad met de routes.`,
  tooManyRows: (rows: number, limit: number) =>
    `Het bestand heeft ${nlNumber(rows)} rijen; de kaart toont hoogstens ${nlNumber(limit)} routes. Er is geen feed geschreven: splits de lijst, of haal lege en dubbele rijen weg.`,
  sheetIgnored: '--sheet geldt alleen voor een XLSX; dit bestand is een CSV en heeft geen bladen',
  sheetNotFound: (wanted: string, sheets: string[]) =>
    `Het blad "${wanted}" staat niet in het bestand; de bladen zijn: ${sheets.map((s) => `"${s}"`).join(', ')}.`,
  diffSummary: (added: number, removed: number, changed: number) =>
    `${added} toegevoegd, ${removed} verwijderd, ${changed} gewijzigd`,
  contactWithheld: 'contact gewijzigd (geen toestemming)',
  regionElsewhere: (lies: string, stated: string) => `ligt in ${lies}, niet in ${stated}`,
  regionOutside: (stated: string) =>
    `ligt buiten alle arbeidsmarktregio's (op zee of over de grens), niet in ${stated}; kloppen de coördinaten?`,
  regionFilled: (naam: string) => `was leeg; ingevuld uit de coördinaten: ${naam}`,
  rowRemark: (row: number, text: string) => `rij ${row}: ${text}`,
  rowName: (row: number) => `rij ${row}`,
  cellCount: (cells: number, columns: number) =>
    `${cells} ${plural(cells, 'cel', 'cellen')}, maar de kopregel heeft ${columns} kolommen; staat er een ; of , zonder aanhalingstekens in een cel? De rij is overgeslagen`,
  badCsv: (line: number | undefined, reason: string) =>
    `Het bestand is geen leesbare CSV${line ? ` (rond regel ${line})` : ''}: ${reason}. Controleer de aanhalingstekens in die regel.`,
  sameFile: (file: string) => `${file} is ook het invoerbestand; kies met -o een ander bestand voor de feed.`,
  feedTooLarge: (file: string, megabytes: number) =>
    `De feed zou groter worden dan ${megabytes} MB, en zo'n feed laadt de kaart niet: ${file} is niet geschreven. Kort lange beschrijvingen en lijsten in, of splits de routes over twee feeds.`,
  nothingBuilt: (file: string) =>
    `Geen enkele rij is goed: ${file} is niet geschreven (een eerdere feed blijft zoals hij was).`,
  unknownRegions: (written: string[]) =>
    `Onbekende arbeidsmarktregio: ${written.map((w) => `"${w}"`).join(', ')}. Schrijf de naam of de CBS-code, zoals Twente of AM05.`,
  duoColumnsMissing: (file: string, missing: string[]) =>
    `Het DUO-bestand (${file}) mist de ${plural(missing.length, 'kolom', 'kolommen')} ${missing.join(', ')}: is het het goede bestand?`,
  geocodeFailed: (address: string) => `PDOK gaf geen antwoord voor ${address}; de plek komt uit de postcode`,
  duoFilled: (cells: number) => `${nlNumber(cells)} ${plural(cells, 'cel', 'cellen')} aangevuld uit DUO's gegevens`,
  duoUnknown: (code: string) => `DUO kent vestiging ${code} niet (brin + vestiging); de rij is overgeslagen`,
  duoNoVmbo: (code: string, structuur: string) => `vestiging ${code} biedt volgens DUO geen vmbo (${structuur})`,
  duoDiffers: (duo: string) => `DUO schrijft hier "${duo}"; de waarde in de spreadsheet is gebruikt`,
  duoFarFrom: (km: number, address: string) =>
    `ligt ${km.toFixed(1).replace('.', ',')} km van het adres dat DUO voor deze vestiging heeft (${address}); de plek in de spreadsheet is gebruikt`,
  duoNoPosition: (address: string) =>
    `geen plek bekend voor ${address}: geef lat/lon, of het bestand met onderwijslocaties`,
  duoApproximate: (pc4: string) =>
    `de plek is het midden van postcode ${pc4}: bij benadering; geef de onderwijslocaties of lat/lon voor de juiste plek`,
  htmlWritten: (file: string, routes: number, bytes: number) =>
    `${file}: ${routes} ${plural(routes, 'route', 'routes')}, ${Math.ceil(bytes / 1024)} kB HTML`,
};

export type CliMessages = typeof cliNl;

export const cliEn: CliMessages = {
  usage: `usage: leerroutes-kaart <command> [options]
  validate FEED.json [--json] [--lang en]   check a feed (exit 0 valid, 1 routes skipped, 2 unusable)
  build ROUTES.csv|.xlsx -o FEED.json       build the feed from the spreadsheet (CSV with ; or ,, or XLSX;
        [--bron …] [--sheet NAME]           --sheet picks the sheet, else the first)
        [--duo VESTIGINGEN.csv]             fill empty school, plaats and position from DUO's open data
        [--locaties ONDERWIJSLOCATIES.csv] [--mbo MBO.csv] [--geocode pdok]
  schema                                    print the feed's JSON Schema
  diff OLD.json NEW.json [--json]           routes added, removed and changed
  html FEED.json [--region …] [-o …]        the routes as an HTML list to paste inside the element (works without JavaScript)`,
  cannotRead: (file: string) => `Cannot read ${file}.`,
  summary: (valid: number, skipped: number) => `${valid} ${plural(valid, 'route', 'routes')} valid, ${skipped} skipped`,
  warning: 'warning',
  cell: (row: number, column: string, text: string) => `row ${row}, column ${column}: ${text}`,
  unknownColumn: (name: string) => `column "${name}" is unknown and ignored`,
  badNiveau: (written: string) => `"${written}" is not a level; write leerweg-level, like kb-3`,
  badNumber: (written: string) => `"${written}" is not a number`,
  noCoordinates: 'coordinates missing: fill in lat and lon, or x and y (RD)',
  duplicateRow: (first: number) => `this id is already in row ${first}`,
  duplicateColumn: (name: string, letters: string[]) =>
    `the column "${name}" is in the header ${letters.length} times (columns ${letters.join(' and ')}); which one counts cannot be told, so no row was read. Keep one`,
  undecodable: (bytes: string[]) =>
    `holds a character that cannot be read${bytes.filter(Boolean).length ? ` (${bytes.filter(Boolean).join(', ')})` : ''}, shown as �; type it again, or save the file as "CSV UTF-8"`,
  built: (file: string, written: number, skipped: number, readAs: string) =>
    `${file}: ${written} ${plural(written, 'route', 'routes')} written, ${skipped} ${plural(skipped, 'row', 'rows')} skipped (${readAs})`,
  readAsCsv: (encoding: string, delimiter: string) => `read as ${encoding}, delimiter "${delimiter}"`,
  readAsXlsx: (sheet: string) => `read as XLSX, sheet "${sheet}"`,
  badXlsx: (reason: string) =>
    `The file looks like an XLSX but cannot be read (${reason}). Save it again in Excel as an Excel workbook (.xlsx), or export it as CSV.`,
  xlsxTooLarge: (megabytes: number) =>
    `The XLSX file unpacks to more than ${megabytes} MB and was not read; no list of routes is that large. Is it the right file? Otherwise export the sheet with the routes as CSV.`,
  xlsxTooManyCells: (limit: number) =>
    `The XLSX file has more than ${enNumber(limit)} cells and was not read; the map cannot show that many routes. Is there other work in the file? Keep only the sheet with the routes.`,
  tooManyRows: (rows: number, limit: number) =>
    `The file has ${enNumber(rows)} rows; the map shows at most ${enNumber(limit)} routes. No feed was written: split the list, or remove empty and duplicate rows.`,
  sheetIgnored: '--sheet applies to an XLSX only; this file is a CSV and has no sheets',
  sheetNotFound: (wanted: string, sheets: string[]) =>
    `There is no sheet "${wanted}" in the file; its sheets are: ${sheets.map((s) => `"${s}"`).join(', ')}.`,
  diffSummary: (added: number, removed: number, changed: number) =>
    `${added} added, ${removed} removed, ${changed} changed`,
  contactWithheld: 'contact changed (no consent)',
  regionElsewhere: (lies: string, stated: string) => `lies in ${lies}, not in ${stated}`,
  regionOutside: (stated: string) =>
    `lies outside every arbeidsmarktregio (at sea or abroad), not in ${stated}; are the coordinates right?`,
  regionFilled: (naam: string) => `was empty; filled in from the coordinates: ${naam}`,
  rowRemark: (row: number, text: string) => `row ${row}: ${text}`,
  rowName: (row: number) => `row ${row}`,
  cellCount: (cells: number, columns: number) =>
    `${cells} ${plural(cells, 'cell', 'cells')}, but the header has ${columns} columns; is there an unquoted ; or , in a cell? The row was skipped`,
  badCsv: (line: number | undefined, reason: string) =>
    `The file is not readable CSV${line ? ` (around line ${line})` : ''}: ${reason}. Check the quotes on that line.`,
  sameFile: (file: string) => `${file} is also the input file; choose another file for the feed with -o.`,
  feedTooLarge: (file: string, megabytes: number) =>
    `The feed would be larger than ${megabytes} MB, and the map does not load such a feed: ${file} was not written. Shorten long descriptions and lists, or split the routes over two feeds.`,
  nothingBuilt: (file: string) => `No row is valid: ${file} was not written (an earlier feed stays as it was).`,
  unknownRegions: (written: string[]) =>
    `Unknown arbeidsmarktregio: ${written.map((w) => `"${w}"`).join(', ')}. Write its name or CBS code, like Twente or AM05.`,
  duoColumnsMissing: (file: string, missing: string[]) =>
    `The DUO file (${file}) lacks the ${plural(missing.length, 'column', 'columns')} ${missing.join(', ')}: is it the right file?`,
  geocodeFailed: (address: string) => `PDOK did not answer for ${address}; the position comes from the postcode`,
  duoFilled: (cells: number) => `${enNumber(cells)} ${plural(cells, 'cell', 'cells')} filled from DUO's data`,
  duoUnknown: (code: string) => `DUO does not know vestiging ${code} (brin + vestiging); the row was skipped`,
  duoNoVmbo: (code: string, structuur: string) => `according to DUO, vestiging ${code} offers no vmbo (${structuur})`,
  duoDiffers: (duo: string) => `DUO writes "${duo}" here; the spreadsheet's value was used`,
  duoFarFrom: (km: number, address: string) =>
    `lies ${km.toFixed(1)} km from the address DUO has for this vestiging (${address}); the spreadsheet's position was used`,
  duoNoPosition: (address: string) => `no position known for ${address}: give lat/lon, or the onderwijslocaties file`,
  duoApproximate: (pc4: string) =>
    `the position is the centre of postcode ${pc4}: approximate; give the onderwijslocaties or lat/lon for the exact place`,
  htmlWritten: (file: string, routes: number, bytes: number) =>
    `${file}: ${routes} ${plural(routes, 'route', 'routes')}, ${Math.ceil(bytes / 1024)} kB of HTML`,
};

export function cliMessagesFor(lang: string | undefined): CliMessages {
  return lang?.toLowerCase().startsWith('en') ? cliEn : cliNl;
}
