/** Dutch: the default language. Every user-visible string lives here and in en.ts, nowhere else. */
import { countFormatter, dateFormatter, plural } from './format.js';
import type { JsonSyntaxError } from '../feed/json-position.js';

/** Why no route is shown: the empty state says what to do about it. */
export interface EmptyState {
  /** The search, if any. */
  search: string;
  /** Whether any filter is set (a preset or the visitor's). */
  filtered: boolean;
  /** The region(s) a locked map shows. */
  region?: string;
  /** The distance filter, when it hides routes: the place and the radius. */
  near?: { label: string; radius: number };
}

const formatCount = countFormatter('.');

const LEERWEGEN_NL: Record<string, string> = {
  bb: 'basisberoepsgerichte leerweg',
  kb: 'kaderberoepsgerichte leerweg',
  gl: 'gemengde leerweg',
  tl: 'theoretische leerweg',
};
const nlLeerweg = (code: string) => LEERWEGEN_NL[code] ?? code;

export const nl = {
  lang: 'nl',
  /** A feed date (yyyy-mm-dd) as the interface writes it. */
  formatDate: dateFormatter([
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ]),

  ui: {
    label: 'Kaart van doorlopende leerroutes',
    loading: 'Routes laden…',
    coverageFailed:
      'Het overzicht per regio kon niet worden geladen. Laad de pagina opnieuw om het nog eens te proberen.',
    /** The count over the map: "520 routes" when nothing is filtered, else "23 van 520 routes"; with a locked region "in Twente". */
    matchingRoutes: (n: number, total: number, region?: string) =>
      `${n === total ? '' : `${formatCount(n)} van `}${formatCount(total)} ${plural(total, 'route', 'routes')}${region ? ` in ${region}` : ''}`,
    /** A filter's button: what is chosen ("Twente", "Twente +2"), or "alle". */
    chosen: (labels: readonly string[]) =>
      labels.length === 0 ? 'alle' : labels.length === 1 ? labels[0]! : `${labels[0]} +${labels.length - 1}`,
    unknownLockedRegion: (written: string) =>
      `Deze kaart hoort één arbeidsmarktregio te tonen, maar ${written} is geen bekende arbeidsmarktregio. De beheerder van de website kan het attribuut region verbeteren (bijvoorbeeld region="Twente").`,
    skipped: (n: number) =>
      `${n} ${plural(n, 'route kon', 'routes konden')} niet worden getoond door fouten in de gegevens.`,
    updated: (date: string) => `bijgewerkt op ${date}`,
    filters: 'Filters',
    resetFilters: 'Herstel filters',
    and: 'en',
    /** Nothing to show, said for the state the visitor is in (what to do differs). */
    empty: ({ search, filtered, region, near }: EmptyState) =>
      near
        ? `Geen routes binnen ${near.radius} km van ${near.label}${search || filtered ? ' met deze zoekterm of filters' : ''}. Kies een grotere afstand.`
        : search && filtered
          ? `Geen routes voor "${search}" met deze filters. Zet een filter uit, zoek op een ander woord of kies Herstel filters.`
          : search
            ? `Geen routes voor "${search}". Zoek op een ander woord, de naam van een school of een plaats.`
            : filtered
              ? 'Geen routes voor deze keuze. Zet een filter uit of kies Herstel filters.'
              : region
                ? `Nog geen routes in ${region}.`
                : 'Deze kaart heeft nog geen routes.',
    sheetLarger: 'Groter tonen',
    sheetSmaller: 'Kleiner tonen',
    newWindow: '(opent een nieuw venster)',
    close: 'Sluiten',
    panelLoading: 'Details laden…',
    panelFailed: 'De details konden niet worden geladen. Laad de pagina opnieuw om het nog eens te proberen.',
    backTo: (school: string) => `Terug naar ${school}`,
    /** After a filter option's count, for screen readers ("Groen 75 routes"). */
    routesWord: (n: number) => plural(n, 'route', 'routes'),
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    schoolsHere: 'Scholen op deze plek',
    schoolElsewhere: (n: number, naam: string) =>
      `${formatCount(n)} ${plural(n, 'route zet', 'routes zetten')} deze school op een andere plek; de kaart toont haar waar "${naam}" haar zet.`,
    routesAtSchool: (n: number) => `${formatCount(n)} ${plural(n, 'route', 'routes')} op deze school`,
    otherRoutes: 'Andere routes op deze school',
    legend: 'Legenda',
    search: 'Zoeken',
    searchPlaceholder: 'route, school of plaats',
    view: 'Weergave',
    viewMap: 'Kaart',
    viewList: 'Lijst',
    viewRegions: "Regio's",
    listHeading: 'Routes per school',
    showMore: (n: number) => `Toon meer scholen (nog ${formatCount(n)})`,
    showMoreRoutes: (n: number) => `Toon meer routes (nog ${formatCount(n)})`,
    found: (n: number) =>
      n === 0 ? 'Geen routes gevonden' : `${formatCount(n)} ${plural(n, 'route', 'routes')} gevonden`,
    mapHelp:
      'Pijltjestoetsen: kaart verschuiven. Plus en min: in- en uitzoomen. Enter: de scholen in het midden van de kaart.',
    schoolsNearCenter: 'Scholen in het midden van de kaart',
    nothingNearCenter: 'Geen scholen in beeld. Zoom uit of verschuif de kaart.',
    wheelHint: (mac: boolean) => `Gebruik ${mac ? '⌘' : 'Ctrl'} + scrollen om in of uit te zoomen`,
    touchHint: 'Gebruik twee vingers om de kaart te verplaatsen',
    fullscreen: 'Volledig scherm',
    exitFullscreen: 'Volledig scherm sluiten',
    myLocation: 'Mijn locatie',
    locating: 'Uw locatie wordt bepaald…',
    located: 'De kaart toont nu uw omgeving.',
    locationOutside: 'Uw locatie ligt buiten Nederland; de kaart blijft waar hij was.',
    locationDenied:
      'U heeft geen toestemming gegeven om uw locatie te gebruiken. Dat kan in de instellingen van uw browser.',
    locationUnavailable: 'Uw locatie kon niet worden bepaald.',
    locationTimeout: 'Het bepalen van uw locatie duurde te lang. Probeer het opnieuw.',
    mapCodeFailed: 'De kaart kon niet worden geladen: een deel ervan kwam niet binnen. De lijst werkt wel.',
    tilesFailed: 'De achtergrondkaart kon niet worden geladen; u ziet een eenvoudige kaart.',
    outsideRoutes: (n: number) => `${formatCount(n)} ${plural(n, 'route', 'routes')} buiten beeld: toon alle`,
    outsideSchools: (n: number) => `Toon ook ${formatCount(n)} ${plural(n, 'school', 'scholen')} buiten beeld`,
    noneInView: 'Geen scholen in beeld op de kaart.',
    inViewNote: 'Scholen in beeld op de kaart, dichtstbijzijnde eerst.',
    listKeys: 'Pijltjestoetsen omhoog en omlaag: naar de vorige of volgende route.',
    skipToMap: 'Naar de kaart',
    skipToList: 'Naar de lijst',
    showLegend: 'Legenda tonen',
    hideLegend: 'Legenda verbergen',
    glossary: 'Wat betekenen bb, kb, gl, tl?',
  },

  place: {
    label: 'Postcode of plaats',
    placeholder: 'bijv. 7511 of Enschede',
    loading: 'Postcodes en plaatsen laden…',
    suggestions: (n: number) =>
      n === 0
        ? 'Geen postcode of plaats gevonden.'
        : `${n} ${plural(n, 'suggestie', 'suggesties')}. Kies met pijltje omlaag en Enter.`,
    kind: { postcode: 'postcode', place: 'plaats', address: 'adres' } as Record<string, string>,
    clear: (label: string) => `Wis ${label}`,
    chosen: (label: string, n: number) =>
      `Routes gesorteerd op afstand tot ${label}. ${formatCount(n)} ${plural(n, 'route', 'routes')}.`,
    cleared: 'Plaats gewist. De routes staan weer op naam.',
    nearLabel: (label: string) => `Vanaf ${label}`,
    inRegion: (label: string, region: string) => `${label} ligt in arbeidsmarktregio ${region}.`,
    noRegion: (label: string) => `${label} ligt niet in een arbeidsmarktregio.`,
    filterRegion: (region: string) => `Toon alleen ${region}`,
    radius: 'Afstand',
    anyDistance: 'elke afstand',
    within: (km: number, n?: number) => `binnen ${km} km${n === undefined ? '' : ` (${formatCount(n)})`}`,
    distanceFrom: (distance: string, label: string) => `${distance} van ${label} (hemelsbreed)`,
    distance: 'Afstand',
    myLocation: 'Mijn locatie',
    notFound: (text: string) =>
      `"${text}" is geen bekende postcode of plaats. Typ een postcode (1234) of de naam van een plaats en kies uit de lijst.`,
    geocoderFailed: 'De adreszoeker reageert niet; u zoekt nu in postcodes en plaatsen.',
    loadFailed: 'De lijst met postcodes en plaatsen kon niet worden geladen. Probeer het opnieuw.',
    directions: 'Route plannen',
    directionsTo: (naam: string) => `Route plannen naar ${naam} (opent een nieuw venster)`,
  },

  /** The words behind the short forms, for the glossary and for screen readers. */
  glossary: {
    leerwegen: {
      ...LEERWEGEN_NL,
    } as Record<string, string>,
    mbo: { 2: 'basisberoepsopleiding', 3: 'vakopleiding', 4: 'middenkader- of specialistenopleiding' } as Record<
      number,
      string
    >,
    vmboIntro: 'De vier leerwegen van het vmbo:',
    mboIntro: 'De niveaus van het mbo waar een route naartoe leidt:',
    example: 'kb → mbo 3: een route van de kaderberoepsgerichte leerweg naar mbo niveau 3.',
    kindsIntro: 'Soorten route:',
    kinds: {
      DLR: 'vmbo en mbo als één programma vanaf het derde jaar, met een vmbo- én een mbo-diploma.',
      GLR: 'vanaf het derde jaar van de basisberoepsgerichte leerweg naar mbo niveau 2; het vmbo-diploma is niet nodig.',
      leerlab: 'scholen voor vmbo en mbo in een regio die samen werken aan de overstap of aan routes.',
    },
  },

  filter: {
    region: 'Arbeidsmarktregio',
    profile: 'Profiel',
    level: 'Niveau',
    routeType: 'Soort route',
  },

  kind: {
    DLR: 'Doorlopende leerroute (DLR)',
    GLR: 'Geïntegreerde leerroute (GLR)',
    leerlab: 'Leerlab',
  },

  niveau: (van: string, naar: number) => `${van} → mbo ${naar}`,
  /** What a screen reader says for "kb → mbo 3" (not "rightwards arrow"). */
  niveauSpoken: (van: string, naar: number) => `${nlLeerweg(van)} naar mbo niveau ${naar}`,

  detail: {
    soort: 'Soort route',
    school: 'vmbo-school',
    regions: (n: number) => plural(n, 'Arbeidsmarktregio', "Arbeidsmarktregio's"),
    profielen: (n: number) => plural(n, 'Profiel', 'Profielen'),
    niveaus: (n: number) => plural(n, 'Niveau', 'Niveaus'),
    startjaar: 'Startjaar',
    brin: 'BRIN vmbo-school',
    vestiging: (code: string) => `vestiging ${code}`,
    vmboScholen: 'Betrokken vmbo-scholen',
    mboInstellingen: 'Betrokken mbo-instellingen',
    contact: 'Contactpersoon',
    website: 'Website',
    websiteLink: 'Meer informatie op de website van de route',
    correction: 'Klopt er iets niet? Geef een wijziging door',
    correctionSubject: (id: string, naam: string) => `Wijziging voor route ${id}: ${naam}`,
    correctionMailBlank:
      'Vul achter "Veld:" in wat er niet klopt (bijvoorbeeld beschrijving, niveaus of contact) en achter "Voorstel:" wat het moet zijn.',
    correctionMailSent: 'Wijziging voor de kaart met leerroutes.',
  },

  /** Whole-feed failures: the map cannot show anything. */
  fatal: {
    title: 'De kaart kan de routes niet tonen',
    noSrc: 'Er is geen feed opgegeven: zet het attribuut src op de URL van de routesfeed.',
    network: (url: string) =>
      `De feed op ${url} is niet bereikbaar. Controleer het adres, de internetverbinding, en of de server van de feed andere websites toestaat de feed te lezen (CORS).`,
    http: (status: number, url: string) =>
      status === 404
        ? `404: feed niet gevonden op ${url}.`
        : `De server gaf foutcode ${status} bij het ophalen van de feed op ${url}.`,
    notJson: (url: string, error: JsonSyntaxError) =>
      `De feed op ${url} is geen geldige JSON (${
        error.reason === 'empty'
          ? 'het bestand is leeg'
          : error.reason === 'syntax'
            ? `fout op regel ${formatCount(error.line)}, teken ${formatCount(error.column)}`
            : 'de browser kon het bestand niet lezen'
      }).`,
    notCollection: (url: string) =>
      `De feed op ${url} is geen GeoJSON FeatureCollection: het veld "type" moet "FeatureCollection" zijn.`,
    noVersion: (url: string) => `De feed op ${url} mist "feedVersie" (verwacht: 1).`,
    internal: (url: string, detail: string) =>
      `De kaart kon de feed op ${url} niet verwerken door een fout in de kaart zelf (${detail}). Meld dit bij de beheerder van deze website.`,
    newerVersion: (version: string, url: string) =>
      `De feed op ${url} heeft feedVersie ${String(version)}; deze versie van de kaart leest alleen versie 1. Werk leerroutes-kaart bij.`,
    noFeatures: (url: string) => `De feed op ${url} heeft geen lijst "features".`,
    timeout: (seconds: number, url: string) =>
      `De feed op ${url} gaf binnen ${seconds} ${seconds === 1 ? 'seconde' : 'seconden'} geen antwoord. De server is traag of de verbinding valt weg.`,
    tooLarge: (megabytes: number, url: string) =>
      `De feed op ${url} is groter dan ${megabytes} MB en wordt niet geladen, zodat de pagina niet vastloopt.`,
    tooManyFeatures: (count: number, limit: number, url: string) =>
      `De feed op ${url} heeft ${formatCount(count)} routes; de kaart leest er hoogstens ${formatCount(limit)}.`,
    tooDeep: (limit: number, url: string) =>
      `De feed op ${url} is dieper genest dan ${limit} niveaus en wordt niet gelezen; een route is hoogstens 6 niveaus diep. Staat er een lijst in een lijst in een veld?`,
    tooManyValues: (limit: number, url: string) =>
      `De feed op ${url} bevat meer dan ${formatCount(limit)} objecten en lijsten en wordt niet geladen, zodat de pagina niet vastloopt.`,
    retry: 'Opnieuw proberen',
  },

  /** Why a single feature was skipped: `features[12] (dlr-7): niveaus[0].naar: <message>`. */
  issue: {
    brin: (written: string) =>
      `BRIN moet 2 cijfers en daarna 2 hoofdletters of cijfers zijn (zoals 12AB), niet ${written}`,
    vestiging: 'vestiging moet 2 cijfers zijn (zoals 01)',
    'coordinates.swapped': (lon: number, lat: number) =>
      `de coördinaten lijken verwisseld: [${lon}, ${lat}] ligt buiten Nederland, [${lat}, ${lon}] erbinnen. Schrijf [lengtegraad, breedtegraad]`,
    'coordinates.outside': (lon: number, lat: number) =>
      `[${lon}, ${lat}] ligt niet in Nederland (lengtegraad 3.2 tot 7.3, breedtegraad 50.7 tot 53.7)`,
    'geometry.point': 'de geometrie moet een "Point" zijn',
    'feature.type': 'type moet "Feature" zijn',
    soort: 'soort moet "DLR", "GLR" of "leerlab" zijn',
    'niveau.van': 'vmbo-leerweg moet bb, kb, gl of tl zijn',
    'niveau.entree': 'mbo-niveau 1 (entree) kan geen doorlopende leerroute zijn',
    'niveau.naar': 'mbo-niveau moet 2, 3 of 4 zijn',
    'contact.email':
      'moet één gewoon e-mailadres zijn, zoals naam@school.nl (zonder spaties, ?, &, %, komma of tweede @)',
    'contact.telefoon': 'een telefoonnummer mag alleen cijfers, spaties, +, -, ( en ) bevatten',
    'route.brin': 'de BRIN van de vmbo-school ontbreekt; die is verplicht voor DLR en GLR',
    'route.profielen': 'minstens één profiel is verplicht voor DLR en GLR',
    'route.niveaus': 'minstens één niveau is verplicht voor DLR en GLR',
    'route.startjaar': 'het startjaar is verplicht voor DLR en GLR',
    'glr.niveau':
      'een geïntegreerde leerroute (GLR) loopt altijd van bb naar mbo 2: niveaus moet precies [{ "van": "bb", "naar": 2 }] zijn',
    duplicateId: (first: number) => `dit id komt al voor bij features[${first}]; alleen de eerste wordt getoond`,
    missing: 'ontbreekt',
    expected: (what: string) => `moet ${what} zijn`,
    types: {
      string: 'tekst',
      number: 'een getal',
      int: 'een geheel getal',
      array: 'een lijst',
      object: 'een object',
      boolean: 'true of false',
    } as Record<string, string>,
    empty: 'mag niet leeg zijn',
    tooShortList: (min: number) => `moet minstens ${min} ${plural(min, 'element', 'elementen')} hebben`,
    tooSmall: (min: number | bigint) => `moet minstens ${min} zijn`,
    tooLong: (max: number | bigint) => `is te lang (hoogstens ${max} tekens)`,
    tooBig: (max: number | bigint) => `mag hoogstens ${max} zijn`,
    oneOf: (values: string) => `moet een van deze waarden zijn: ${values}`,
    badFormat: 'heeft niet de goede vorm',
    invalid: 'is ongeldig',
    tooManyItems: (count: number, max: number) =>
      `heeft ${formatCount(count)} elementen; hoogstens ${formatCount(max)} toegestaan`,
    moreProblems: (n: number) => `… en ${formatCount(n)} ${plural(n, 'ander probleem', 'andere problemen')}`,
    unreadable: (error: string) => `kon niet worden gelezen (${error})`,
  },

  /** Problems that keep the route on the map. */
  warning: {
    contactWithoutConsent: 'contactpersoon weggelaten: er is geen toestemming (contact.toestemming is niet true)',
    notHttps: 'alleen https-links worden getoond; deze link is weggelaten',
    linkCredentials:
      'een link met gebruikersnaam of wachtwoord (https://naam:wachtwoord@…) wordt niet getoond; deze link is weggelaten',
    linkInvisible: 'de link bevat spaties, stuurtekens of onzichtbare tekens; deze link is weggelaten',
    invisible:
      'onzichtbare of ongeldige tekens (zoals zero-width, tekstrichting of een losse surrogaathelft) of een stapel accenten op één letter zijn verwijderd',
    badBron: (value: string) => `bron ${value} moet tekst van 1 tot 500 tekens zijn en wordt niet getoond`,
    regionAlias: (written: string, naam: string) =>
      `arbeidsmarktregio "${written}" is een oude naam, gelezen als "${naam}"`,
    regionUnknown: (written: string) =>
      `arbeidsmarktregio "${written}" is onbekend; de route staat op de kaart, maar valt onder geen regiofilter`,
    profielUnknown: (code: string) => `profiel "${code}" is onbekend; getoond zoals geschreven`,
    badDate: (value: string) => `${value} is geen datum (JJJJ-MM-DD) en wordt niet getoond`,
    schoolPlace: (school: string, first: string, d: { km?: number; naam?: string; plaats?: string }) =>
      `dezelfde school (${school}) als ${first}, maar ${[
        d.km === undefined
          ? ''
          : `${d.km < 1 ? `${Math.round(d.km * 1000)} m` : `${d.km.toFixed(1).replace('.', ',')} km`} daarvandaan`,
        d.naam === undefined ? '' : `daar heet ze "${d.naam}"`,
        d.plaats === undefined ? '' : `daar ligt ze in "${d.plaats}"`,
      ]
        .filter(Boolean)
        .join(', ')}; de pin staat waar ${first} de school zet`,
    contentType: (type: string) =>
      `de server stuurt de feed als "${type}"; de feed is wel gelezen, maar stel het type in op application/geo+json of application/json`,
  },

  attribution: {
    outline: 'Omtrek Nederland: CBS, CC-BY 4.0',
    /** The arbeidsmarktregio outlines' credit (CC-BY 4.0). */
    regions: 'Regiogrenzen: CBS, CC-BY 4.0',
    pdok: 'Kaartgegevens © Kadaster',
    osm: '© OpenStreetMap-bijdragers',
  },
};

export type Messages = typeof nl;
