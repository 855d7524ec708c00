/** The publisher's command-line tool's own strings (kept out of the map's bundle). Dutch default, English. */
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const cliNl = {
    usage: `gebruik: leerroutes-kaart <opdracht> [opties]
  validate FEED.json [--json] [--lang en]   controleer een feed (exit 0 geldig, 1 routes overgeslagen, 2 onbruikbaar)
  build ROUTES.csv -o FEED.json [--bron …]  maak de feed van de spreadsheet (CSV, ; of ,)
  schema                                    druk het JSON Schema van de feed af
  diff OUD.json NIEUW.json [--json]         toegevoegde, verwijderde en gewijzigde routes`,
    cannotRead: (file: string) => `Kan ${file} niet lezen.`,
    summary: (valid: number, skipped: number) => `${valid} ${plural(valid, 'route', 'routes')} geldig, ${skipped} overgeslagen`,
    warning: 'waarschuwing',
    cell: (row: number, column: string, text: string) => `rij ${row}, kolom ${column}: ${text}`,
    unknownColumn: (name: string) => `kolom "${name}" is onbekend en wordt genegeerd`,
    badNiveau: (written: string) => `"${written}" is geen niveau; schrijf leerweg-niveau, zoals kb-3`,
    badNumber: (written: string) => `"${written}" is geen getal`,
    noCoordinates: 'coördinaten ontbreken: vul lat en lon in, of x en y (RD)',
    duplicateRow: (first: number) => `dit id staat al in rij ${first}`,
    built: (file: string, written: number, skipped: number, encoding: string, delimiter: string) =>
      `${file}: ${written} ${plural(written, 'route', 'routes')} geschreven, ${skipped} ${plural(skipped, 'rij', 'rijen')} overgeslagen (gelezen als ${encoding}, scheidingsteken "${delimiter}")`,
    diffSummary: (added: number, removed: number, changed: number) =>
      `${added} toegevoegd, ${removed} verwijderd, ${changed} gewijzigd`,
  };

export type CliMessages = typeof cliNl;

export const cliEn: CliMessages = {
    usage: `usage: leerroutes-kaart <command> [options]
  validate FEED.json [--json] [--lang en]   check a feed (exit 0 valid, 1 routes skipped, 2 unusable)
  build ROUTES.csv -o FEED.json [--bron …]  build the feed from the spreadsheet (CSV, ; or ,)
  schema                                    print the feed's JSON Schema
  diff OLD.json NEW.json [--json]           routes added, removed and changed`,
    cannotRead: (file: string) => `Cannot read ${file}.`,
    summary: (valid: number, skipped: number) => `${valid} ${plural(valid, 'route', 'routes')} valid, ${skipped} skipped`,
    warning: 'warning',
    cell: (row: number, column: string, text: string) => `row ${row}, column ${column}: ${text}`,
    unknownColumn: (name: string) => `column "${name}" is unknown and ignored`,
    badNiveau: (written: string) => `"${written}" is not a level; write leerweg-level, like kb-3`,
    badNumber: (written: string) => `"${written}" is not a number`,
    noCoordinates: 'coordinates missing: fill in lat and lon, or x and y (RD)',
    duplicateRow: (first: number) => `this id is already in row ${first}`,
    built: (file: string, written: number, skipped: number, encoding: string, delimiter: string) =>
      `${file}: ${written} ${plural(written, 'route', 'routes')} written, ${skipped} ${plural(skipped, 'row', 'rows')} skipped (read as ${encoding}, delimiter "${delimiter}")`,
    diffSummary: (added: number, removed: number, changed: number) => `${added} added, ${removed} removed, ${changed} changed`,
  };

export function cliMessagesFor(lang: string | undefined): CliMessages {
  return lang?.toLowerCase().startsWith('en') ? cliEn : cliNl;
}
