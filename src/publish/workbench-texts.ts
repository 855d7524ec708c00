/** The workbench's own words (Dutch: the programme team's language). The conversion's messages are the CLI's. */
import { CORRECTION_LIMITS, type UnreadableReason } from './corrections.js';
import { plural } from '../i18n/format.js';

const count = (n: number) => n.toLocaleString('nl-NL');

export const workbenchTexts = {
  reading: (name: string) => `Bezig met lezen van ${name}…`,
  readXlsx: 'Het XLSX-leesprogramma wordt geladen…',
  cannotRead: (name: string) => `${name} kon niet worden gelezen.`,
  summary: (routes: number, errorRows: number, warnings: number) =>
    `${count(routes)} ${plural(routes, 'route', 'routes')} klaar, ${count(errorRows)} ${plural(errorRows, 'rij', 'rijen')} met fouten, ${count(warnings)} ${plural(warnings, 'waarschuwing', 'waarschuwingen')}`,
  headerProblems: (n: number) => `${n} ${plural(n, 'probleem', 'problemen')} in de kopregel`,
  readAs: (name: string, readAs: string) => `${name}: ${readAs}.`,
  nothingBuilt: 'Geen enkele rij is goed: er is geen feed om te downloaden.',
  download: 'Download routes.json',
  downloadHint: (kb: number) =>
    `${count(kb)} kB. Zet dit bestand op de plek van de gepubliceerde feed; de kaart leest het daar.`,
  schema: 'JSON Schema van de feed',
  errorsTitle: (n: number) => `Fouten (${count(n)}): deze rijen komen niet op de kaart`,
  warningsTitle: (n: number) => `Waarschuwingen (${count(n)}): deze rijen staan op de kaart, maar kijk ze na`,
  showErrors: (n: number) => `Fouten tonen (${count(n)})`,
  showWarnings: (n: number) => `Waarschuwingen tonen (${count(n)})`,
  columnFilter: 'Kolom',
  allColumns: 'alle kolommen',
  noProblems: 'Geen fouten en geen waarschuwingen.',
  row: 'Rij',
  column: 'Kolom',
  value: 'Waarde',
  message: 'Melding',
  wholeRow: 'hele rij',
  shownOf: (shown: number, total: number) => `${count(shown)} van ${count(total)} getoond`,
  previewCount: (n: number) => `${count(n)} ${plural(n, 'route', 'routes')} op de kaart`,
  compareUrl: 'Adres van de gepubliceerde feed',
  compareButton: 'Vergelijk',
  compareFile: 'of kies het gepubliceerde bestand',
  comparing: 'Bezig met ophalen…',
  compareFailed: (reason: string) => `Vergelijken lukte niet: ${reason}.`,
  compareHttp: (status: number) => `de server gaf foutcode ${status}`,
  compareNetwork:
    'de feed is niet bereikbaar (klopt het adres, en staat de server andere websites toe de feed te lezen: CORS?). Kies anders het bestand',
  compareNotJson: 'het is geen JSON',
  feedTooLarge: (megabytes: number) =>
    `De feed zou groter worden dan ${megabytes} MB, en zo'n feed laadt de kaart niet; hij wordt niet aangeboden. Kort lange beschrijvingen en lijsten in, of splits de routes over twee feeds.`,
  tookTooLong: (seconds: number) =>
    `Het lezen is na ${seconds} seconden gestopt: het bestand is te groot of te zwaar voor deze browser. Bewaar alleen het blad met de routes, of exporteer het als CSV.`,
  compareTooDeep: (limit: number) =>
    `het bestand is dieper genest dan ${limit} niveaus; zo ziet geen feed eruit (een route is hoogstens 6 niveaus diep)`,
  compareTooLarge: 'het bestand bevat meer objecten en lijsten dan de kaart leest; is het de goede feed?',
  compareTooMany: (features: number, limit: number) =>
    `het bestand heeft ${count(features)} routes; de kaart leest er hoogstens ${count(limit)}, dus is dit niet de gepubliceerde feed`,
  compareBroken: 'de feed is niet te vergelijken (meld dit bij de beheerders van leerroutes-kaart)',
  compareSummary: (added: number, removed: number, changed: number) =>
    `${count(added)} toegevoegd, ${count(removed)} verwijderd, ${count(changed)} gewijzigd`,
  added: 'Toegevoegd',
  removed: 'Verwijderd',
  changed: 'Gewijzigd',
  field: 'Veld',
  before: 'Was',
  after: 'Wordt',
  fields: (n: number) => `${n} ${plural(n, 'veld', 'velden')}`,
  contactCellWithheld: 'niet getoond: zonder toestemming',
  withheld: 'contactpersoon gewijzigd (zonder toestemming: de inhoud wordt niet getoond)',
  empty: '(leeg)',
  correctionsFile: 'Kies een bestand met correcties (JSON-regels of e-mails)',
  correctionsPaste: 'of plak hier de e-mails of JSON-regels',
  correctionsButton: 'Lees de correcties',
  correctionsNone: 'Er staat geen correctie in.',
  correctionsCount: (n: number) => `${count(n)} ${plural(n, 'correctie', 'correcties')}`,
  unreadable: (kind: 'json' | 'mail', index: number, reason: UnreadableReason) =>
    `${kind === 'json' ? `Regel ${index}` : `E-mail ${index}`}: ${
      {
        'not-json': 'geen JSON',
        'no-route': 'geen route-id',
        'no-proposal': 'geen voorstel',
        'too-long': `langer dan ${count(CORRECTION_LIMITS.line)} tekens, niet gelezen`,
      }[reason]
    }`,
  correctionsLeftOut: (corrections: number, unreadable: number, characters: number) =>
    [
      corrections
        ? `${count(corrections)} ${plural(corrections, 'correctie', 'correcties')} na de eerste ${count(CORRECTION_LIMITS.corrections)} niet gelezen`
        : '',
      unreadable ? `${count(unreadable)} onleesbare niet genoemd` : '',
      characters
        ? `de laatste ${count(Math.ceil(characters / 1024))} kB van de invoer niet gelezen (hoogstens ${count(CORRECTION_LIMITS.characters / 1024 / 1024)} MB)`
        : '',
    ]
      .filter(Boolean)
      .join('; ') + '. Lees de rest apart in.',
  route: 'Route',
  inSheet: 'In de spreadsheet',
  seen: 'Nu op de kaart (volgens melder)',
  proposed: 'Voorstel',
  sender: 'Afzender',
  notInSheet: 'staat niet in de spreadsheet',
  noSheetYet: 'Kies eerst de spreadsheet (stap 1) om te zien in welke rij elke correctie hoort.',
  otherField: (written: string) => (written ? `anders: ${written}` : 'anders'),
  rowColumns: (row: number, columns: string) => `rij ${row}${columns ? `, ${columns}` : ''}`,
  fragmentRegion: 'Regio',
  fragmentAll: 'Heel Nederland',
  fragmentButton: 'Maak HTML-lijst',
  fragmentDownload: 'Download routes.html',
  fragmentSize: (routes: number, kb: number) =>
    `${count(routes)} ${plural(routes, 'route', 'routes')}, ${count(kb)} kB HTML. Plak de lijst tussen <leerroutes-kaart …> en </leerroutes-kaart>: wie geen JavaScript heeft, en zoekmachines, lezen dan toch de routes.`,
  duoHeading: 'DUO-gegevens',
  duoIntro:
    "Met DUO's open gegevens (CC0) is een rij met brin en vestiging genoeg: naam, plaats en plek van de school (en zo de arbeidsmarktregio) komen uit DUO, en mbo-instellingen die als BRIN zijn geschreven krijgen hun naam. Een waarde in de spreadsheet gaat altijd voor. De bestanden blijven in deze browser; ze worden onthouden voor een volgende keer.",
  duoFiles: {
    vestigingen: 'Vestigingen vo (02.-alle-vestigingen-vo.csv)',
    locaties: 'Onderwijslocaties (onderwijslocaties.csv)',
    mbo: 'Adressen mbo-instellingen (01.-adressen-mbo-instellingen.csv)',
  },
  duoChosen: (name: string, date: string) => `${name}, gekozen op ${date}`,
  duoNone: 'niet gekozen',
  duoDrop: 'of sleep de bestanden (één, twee of alle drie) hierheen: ze worden herkend aan hun kolommen',
  duoNotRecognised: (name: string) =>
    `${name} is geen van DUO's drie bestanden (er is geen kolom VESTIGINGSCODE, GPS_LATITUDE of INSTELLINGSNAAM)`,
  duoNeedsVestigingen: 'Zonder de vestigingen worden de andere twee niet gebruikt.',
  duoForget: "Vergeet DUO's bestanden",
  duoGeocode: 'Zoek adressen zonder gebouw in de onderwijslocaties op bij PDOK',
  duoGeocodeNote:
    'Alleen dan verlaten die adressen (postcode en huisnummer van de school) deze browser, één verzoek per adres. Zonder dit staat zo’n school in het midden van haar postcode, met een waarschuwing.',
  filledHeading: (n: number) => `Aangevuld uit DUO (${count(n)} ${plural(n, 'cel', 'cellen')})`,
  source: 'Bron',
  duoSource: {
    vestigingen: 'DUO: vestigingen',
    onderwijslocaties: 'DUO: onderwijslocatie op het adres',
    pdok: 'PDOK: het adres',
    postcode: 'midden van de postcode (bij benadering)',
    mbo: 'DUO: mbo-instellingen',
  },
};
