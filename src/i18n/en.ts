/** English. Same keys as nl.ts; the domain words (DLR, GLR, leerlab, BRIN, arbeidsmarktregio) stay Dutch. */
import type { Messages } from './nl.js';
import type { EmptyState } from './nl.js';
import { countFormatter, dateFormatter, plural } from './format.js';
import type { JsonSyntaxError } from '../feed/json-position.js';

const formatCount = countFormatter(',');

const LEERWEGEN_EN: Record<string, string> = {
  bb: 'the basic vocational track (bb)',
  kb: 'the advanced vocational track (kb)',
  gl: 'the combined track (gl)',
  tl: 'the theoretical track (tl)',
};

export const en: Messages = {
  lang: 'en',
  /** A feed date (yyyy-mm-dd) as the interface writes it. */
  formatDate: dateFormatter([
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ]),

  ui: {
    label: 'Map of vmbo–mbo learning routes',
    loading: 'Loading routes…',
    coverageFailed: 'The overview by region could not be loaded. Reload the page to try again.',
    matchingRoutes: (n: number, total: number, region?: string) =>
      `${n === total ? '' : `${formatCount(n)} of `}${formatCount(total)} ${plural(total, 'route', 'routes')}${region ? ` in ${region}` : ''}`,
    chosen: (labels: readonly string[]) =>
      labels.length === 0 ? 'all' : labels.length === 1 ? labels[0]! : `${labels[0]} +${labels.length - 1}`,
    unknownLockedRegion: (written: string) =>
      `This map should show one arbeidsmarktregio, but ${written} is not a known arbeidsmarktregio. The website's administrator can correct the region attribute (for example region="Twente").`,
    skipped: (n: number) => `${n} ${plural(n, 'route', 'routes')} could not be shown because of errors in the data.`,
    updated: (date: string) => `updated ${date}`,
    filters: 'Filters',
    resetFilters: 'Reset filters',
    and: 'and',
    empty: ({ search, filtered, region, near }: EmptyState) =>
      near
        ? `No routes within ${near.radius} km of ${near.label}${search || filtered ? ' with this search or these filters' : ''}. Choose a larger distance.`
        : search && filtered
          ? `No routes for "${search}" with these filters. Turn a filter off, search for another word or choose Reset filters.`
          : search
            ? `No routes for "${search}". Search for another word, the name of a school or a place.`
            : filtered
              ? 'No routes match this choice. Turn a filter off or choose Reset filters.'
              : region
                ? `No routes in ${region} yet.`
                : 'This map has no routes yet.',
    sheetLarger: 'Show larger',
    sheetSmaller: 'Show smaller',
    newWindow: '(opens a new window)',
    close: 'Close',
    panelLoading: 'Loading details…',
    panelFailed: 'The details could not be loaded. Reload the page to try again.',
    backTo: (school: string) => `Back to ${school}`,
    routesWord: (n: number) => plural(n, 'route', 'routes'),
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    schoolsHere: 'Schools at this place',
    schoolElsewhere: (n: number, naam: string) =>
      `${formatCount(n)} ${plural(n, 'route puts', 'routes put')} this school in another place; the map shows it where "${naam}" puts it.`,
    routesAtSchool: (n: number) => `${formatCount(n)} ${plural(n, 'route', 'routes')} at this school`,
    otherRoutes: 'Other routes at this school',
    legend: 'Legend',
    search: 'Search',
    searchPlaceholder: 'route, school or place',
    view: 'View',
    viewMap: 'Map',
    viewList: 'List',
    viewRegions: 'Regions',
    listHeading: 'Routes by school',
    showMore: (n: number) => `Show more schools (${formatCount(n)} more)`,
    showMoreRoutes: (n: number) => `Show more routes (${formatCount(n)} more)`,
    found: (n: number) => (n === 0 ? 'No routes found' : `${formatCount(n)} ${plural(n, 'route', 'routes')} found`),
    mapHelp: 'Arrow keys: move the map. Plus and minus: zoom in and out. Enter: the schools in the middle of the map.',
    schoolsNearCenter: 'Schools in the middle of the map',
    nothingNearCenter: 'No schools in view. Zoom out or move the map.',
    wheelHint: (mac: boolean) => `Use ${mac ? '⌘' : 'Ctrl'} + scroll to zoom the map`,
    touchHint: 'Use two fingers to move the map',
    fullscreen: 'Full screen',
    exitFullscreen: 'Exit full screen',
    myLocation: 'My location',
    locating: 'Finding your location…',
    located: 'The map now shows your surroundings.',
    locationOutside: 'Your location is outside the Netherlands; the map stays where it was.',
    locationDenied: 'You did not allow the use of your location. You can change this in your browser settings.',
    locationUnavailable: 'Your location could not be determined.',
    locationTimeout: 'Finding your location took too long. Please try again.',
    mapCodeFailed: 'The map could not be loaded: part of it did not arrive. The list still works.',
    tilesFailed: 'The background map could not be loaded; showing a simple map instead.',
    outsideRoutes: (n: number) => `${formatCount(n)} ${plural(n, 'route', 'routes')} out of view: show all`,
    outsideSchools: (n: number) => `Also show ${formatCount(n)} ${plural(n, 'school', 'schools')} out of view`,
    noneInView: 'No schools in view on the map.',
    inViewNote: 'Schools in view on the map, nearest first.',
    listKeys: 'Arrow keys up and down: previous or next route.',
    skipToMap: 'Skip to the map',
    skipToList: 'Skip to the list',
    showLegend: 'Show legend',
    hideLegend: 'Hide legend',
    glossary: 'What do bb, kb, gl, tl mean?',
  },

  place: {
    label: 'Postcode or place',
    placeholder: 'e.g. 7511 or Enschede',
    loading: 'Loading postcodes and places…',
    suggestions: (n: number) =>
      n === 0
        ? 'No postcode or place found.'
        : `${n} ${plural(n, 'suggestion', 'suggestions')}. Choose with arrow down and Enter.`,
    kind: { postcode: 'postcode', place: 'place', address: 'address' } as Record<string, string>,
    clear: (label: string) => `Clear ${label}`,
    chosen: (label: string, n: number) =>
      `Routes sorted by distance from ${label}. ${formatCount(n)} ${plural(n, 'route', 'routes')}.`,
    cleared: 'Place cleared. The routes are sorted by name again.',
    nearLabel: (label: string) => `From ${label}`,
    inRegion: (label: string, region: string) => `${label} lies in the arbeidsmarktregio ${region}.`,
    noRegion: (label: string) => `${label} lies in no arbeidsmarktregio.`,
    filterRegion: (region: string) => `Show only ${region}`,
    radius: 'Distance',
    anyDistance: 'any distance',
    within: (km: number, n?: number) => `within ${km} km${n === undefined ? '' : ` (${formatCount(n)})`}`,
    distanceFrom: (distance: string, label: string) => `${distance} from ${label} (as the crow flies)`,
    distance: 'Distance',
    myLocation: 'My location',
    notFound: (text: string) =>
      `"${text}" is not a known postcode or place. Type a postcode (1234) or the name of a place and choose from the list.`,
    geocoderFailed: 'The address search does not answer; you are now searching postcodes and places.',
    loadFailed: 'The list of postcodes and places could not be loaded. Please try again.',
    directions: 'Plan a trip',
    directionsTo: (naam: string) => `Plan a trip to ${naam} (opens a new window)`,
  },

  glossary: {
    leerwegen: {
      bb: 'basisberoepsgerichte leerweg (basic vocational track)',
      kb: 'kaderberoepsgerichte leerweg (advanced vocational track)',
      gl: 'gemengde leerweg (combined track)',
      tl: 'theoretische leerweg (theoretical track)',
    },
    mbo: { 2: 'basic vocational training', 3: 'vocational training', 4: 'middle management or specialist training' },
    vmboIntro: 'The four tracks (leerwegen) of vmbo:',
    mboIntro: 'The mbo levels a route leads to:',
    example: 'kb → mbo 3: a route from the advanced vocational track to mbo level 3.',
    kindsIntro: 'Kinds of route:',
    kinds: {
      DLR: 'vmbo and mbo as one programme from year 3, ending with both a vmbo and an mbo diploma.',
      GLR: 'from year 3 of the basic vocational track to mbo level 2; the vmbo diploma is optional.',
      leerlab: 'vmbo and mbo schools in a region working together on the transition or on routes.',
    },
  },

  filter: {
    region: 'Arbeidsmarktregio (labour market region)',
    profile: 'Profiel (vmbo profile)',
    level: 'Niveau (level)',
    routeType: 'Type of route',
  },

  kind: {
    DLR: 'Continuous learning route (DLR)',
    GLR: 'Integrated learning route (GLR)',
    leerlab: 'Leerlab',
  },

  niveau: (van: string, naar: number) => `${van} → mbo ${naar}`,
  niveauSpoken: (van: string, naar: number) => `${LEERWEGEN_EN[van] ?? van} to mbo level ${naar}`,

  detail: {
    soort: 'Type of route',
    school: 'vmbo school',
    regions: (n: number) => plural(n, 'Arbeidsmarktregio', "Arbeidsmarktregio's"),
    profielen: (n: number) => plural(n, 'Profiel', 'Profielen'),
    niveaus: (n: number) => plural(n, 'Level', 'Levels'),
    startjaar: 'First year',
    brin: 'BRIN of the vmbo school',
    vestiging: (code: string) => `branch ${code}`,
    vmboScholen: 'vmbo schools involved',
    mboInstellingen: 'mbo institutions involved',
    contact: 'Contact person',
    website: 'Website',
    websiteLink: "More information on the route's website",
    correction: 'Something wrong? Report a correction',
    correctionSubject: (id: string, naam: string) => `Correction for route ${id}: ${naam}`,
    correctionMailBlank:
      'Fill in after "Field:" what is wrong (for example beschrijving, niveaus or contact) and after "Proposed:" what it should be.',
    correctionMailSent: 'Correction for the map of learning routes.',
  },

  fatal: {
    title: 'The map cannot show the routes',
    noSrc: 'No feed given: set the src attribute to the URL of the routes feed.',
    network: (url: string) =>
      `The feed at ${url} cannot be reached. Check the address, the connection, and whether the feed's server allows other websites to read it (CORS).`,
    http: (status: number, url: string) =>
      status === 404
        ? `404: feed not found at ${url}.`
        : `The server answered with error ${status} when fetching the feed at ${url}.`,
    notJson: (url: string, error: JsonSyntaxError) =>
      `The feed at ${url} is not valid JSON (${
        error.reason === 'empty'
          ? 'the file is empty'
          : error.reason === 'syntax'
            ? `error at line ${formatCount(error.line)}, character ${formatCount(error.column)}`
            : 'the browser could not read the file'
      }).`,
    notCollection: (url: string) =>
      `The feed at ${url} is not a GeoJSON FeatureCollection: its "type" must be "FeatureCollection".`,
    noVersion: (url: string) => `The feed at ${url} has no "feedVersie" (expected: 1).`,
    internal: (url: string, detail: string) =>
      `The map could not process the feed at ${url} because of an error in the map itself (${detail}). Please tell this website's administrator.`,
    newerVersion: (version: string, url: string) =>
      `The feed at ${url} has feedVersie ${String(version)}; this version of the map reads version 1 only. Update leerroutes-kaart.`,
    noFeatures: (url: string) => `The feed at ${url} has no "features" list.`,
    timeout: (seconds: number, url: string) =>
      `The feed at ${url} did not answer within ${seconds} ${seconds === 1 ? 'second' : 'seconds'}. The server is slow or the connection drops.`,
    tooLarge: (megabytes: number, url: string) =>
      `The feed at ${url} is larger than ${megabytes} MB and is not loaded, so that the page does not freeze.`,
    tooManyFeatures: (count: number, limit: number, url: string) =>
      `The feed at ${url} has ${formatCount(count)} routes; the map reads at most ${formatCount(limit)}.`,
    tooDeep: (limit: number, url: string) =>
      `The feed at ${url} is nested deeper than ${limit} levels and is not read; a route is at most 6 levels deep. Is there a list inside a list in a field?`,
    tooManyValues: (limit: number, url: string) =>
      `The feed at ${url} holds more than ${formatCount(limit)} objects and lists and is not loaded, so that the page does not freeze.`,
    retry: 'Try again',
  },

  issue: {
    brin: (written: string) => `a BRIN is 2 digits followed by 2 capitals or digits (like 12AB), not ${written}`,
    vestiging: 'vestiging must be 2 digits (like 01)',
    'coordinates.swapped': (lon: number, lat: number) =>
      `the coordinates look swapped: [${lon}, ${lat}] lies outside the Netherlands, [${lat}, ${lon}] inside. Write [longitude, latitude]`,
    'coordinates.outside': (lon: number, lat: number) =>
      `[${lon}, ${lat}] is not in the Netherlands (longitude 3.2 to 7.3, latitude 50.7 to 53.7)`,
    'geometry.point': 'the geometry must be a "Point"',
    'feature.type': 'type must be "Feature"',
    soort: 'soort must be "DLR", "GLR" or "leerlab"',
    'niveau.van': 'the vmbo leerweg must be bb, kb, gl or tl',
    'niveau.entree': 'mbo level 1 (entree) cannot be the end of a doorlopende leerroute',
    'niveau.naar': 'the mbo level must be 2, 3 or 4',
    'contact.email': 'must be one plain e-mail address, such as name@school.nl (no spaces, ?, &, %, comma or second @)',
    'contact.telefoon': 'a phone number may contain only digits, spaces, +, -, ( and )',
    'route.brin': "the vmbo school's BRIN is missing; it is required for DLR and GLR",
    'route.profielen': 'at least one profiel is required for DLR and GLR',
    'route.niveaus': 'at least one niveau is required for DLR and GLR',
    'route.startjaar': 'startjaar is required for DLR and GLR',
    'glr.niveau':
      'a geïntegreerde leerroute (GLR) always runs from bb to mbo 2: niveaus must be exactly [{ "van": "bb", "naar": 2 }]',
    duplicateId: (first: number) => `this id was already used by features[${first}]; only the first is shown`,
    missing: 'is missing',
    expected: (what: string) => `must be ${what}`,
    types: {
      string: 'text',
      number: 'a number',
      int: 'a whole number',
      array: 'a list',
      object: 'an object',
      boolean: 'true or false',
    } as Record<string, string>,
    empty: 'must not be empty',
    tooShortList: (min: number) => `must have at least ${min} ${plural(min, 'item', 'items')}`,
    tooSmall: (min: number | bigint) => `must be at least ${min}`,
    tooLong: (max: number | bigint) => `is too long (at most ${max} characters)`,
    tooBig: (max: number | bigint) => `must be at most ${max}`,
    oneOf: (values: string) => `must be one of: ${values}`,
    badFormat: 'does not have the right form',
    invalid: 'is invalid',
    tooManyItems: (count: number, max: number) =>
      `has ${formatCount(count)} items; at most ${formatCount(max)} allowed`,
    moreProblems: (n: number) => `… and ${formatCount(n)} other ${plural(n, 'problem', 'problems')}`,
    unreadable: (error: string) => `could not be read (${error})`,
  },

  warning: {
    contactWithoutConsent: 'contact person left out: no consent (contact.toestemming is not true)',
    notHttps: 'only https links are shown; this link was left out',
    linkCredentials:
      'a link with a user name or password (https://name:password@…) is not shown; this link was left out',
    linkInvisible: 'the link contains spaces, control characters or invisible characters; this link was left out',
    invisible:
      'invisible or invalid characters (such as zero-width, text direction or a lone surrogate half) or a pile of accents on one letter were removed',
    badBron: (value: string) => `bron ${value} must be text of 1 to 500 characters and is not shown`,
    regionAlias: (written: string, naam: string) => `arbeidsmarktregio "${written}" is an old name, read as "${naam}"`,
    regionUnknown: (written: string) =>
      `arbeidsmarktregio "${written}" is unknown; the route is on the map but under no region filter`,
    profielUnknown: (code: string) => `profiel "${code}" is unknown; shown as written`,
    badDate: (value: string) => `${value} is not a date (YYYY-MM-DD) and is not shown`,
    schoolPlace: (school: string, first: string, d: { km?: number; naam?: string; plaats?: string }) =>
      `the same school (${school}) as ${first}, but ${[
        d.km === undefined ? '' : `${d.km < 1 ? `${Math.round(d.km * 1000)} m` : `${d.km.toFixed(1)} km`} away from it`,
        d.naam === undefined ? '' : `named "${d.naam}" there`,
        d.plaats === undefined ? '' : `in "${d.plaats}" there`,
      ]
        .filter(Boolean)
        .join(', ')}; the pin stands where ${first} puts the school`,
    contentType: (type: string) =>
      `the server sends the feed as "${type}"; it was read anyway, but set the type to application/geo+json or application/json`,
  },

  attribution: {
    outline: 'Outline of the Netherlands: CBS, CC-BY 4.0',
    // As the data's source words it (shared data README), in either language.
    regions: 'Regiogrenzen: CBS, CC-BY 4.0',
    pdok: 'Map data © Kadaster',
    osm: '© OpenStreetMap contributors',
  },
};
