// The snippet a webmaster pastes: one script tag and one element, built from the embed builder's choices, and the
// checks on those choices. Shared by demo/embed.html and its tests, so the tests check exactly what the builder
// hands out.

/** The published version the builder's default script address points at (kept equal to package.json by a test). */
export const PACKAGE_VERSION = '0.1.0';

/** Where a published version of the element can be loaded from without hosting anything (npm, via jsDelivr). */
export const CDN_SCRIPT_URL = `https://cdn.jsdelivr.net/npm/leerroutes-kaart@${PACKAGE_VERSION}/dist/leerroutes-kaart.js`;

/** What the snippet says where an address is still missing: plainly a placeholder, never a working local URL. */
export const PLACEHOLDERS = {
  scriptUrl: 'https://UW-WEBSITE.nl/pad/naar/leerroutes-kaart.js',
  src: 'https://UW-WEBSITE.nl/routes.json',
};

const escapeAttribute = (value) =>
  String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Attributes in a fixed order; empty values and defaults are left out so the snippet stays short. */
const ATTRIBUTES = [
  ['src', 'src'],
  ['region', 'region'],
  ['lockRegion', 'lock-region'],
  ['profile', 'profile'],
  ['level', 'level'],
  ['routeType', 'route-type'],
  ['search', 'search'],
  ['near', 'near'],
  ['radius', 'radius'],
  ['basemap', 'basemap', 'pdok'],
  ['lang', 'lang', 'nl'],
  ['view', 'view', 'both'],
  ['height', 'height'],
  ['label', 'label'],
  ['correctionUrl', 'correction-url'],
  ['correctionEndpoint', 'correction-endpoint'],
  ['directionsUrl', 'directions-url'],
  ['wheelZoom', 'wheel-zoom'],
  ['syncUrl', 'sync-url'],
];

/** Hosts that only the webmaster's own computer (or network) can reach. */
const LOCAL_HOST =
  /^(localhost|127(\.\d+){3}|0\.0\.0\.0|\[::1?\]|10(\.\d+){3}|192\.168(\.\d+){2}|172\.(1[6-9]|2\d|3[01])(\.\d+){2})$|\.(local|localhost|test|internal)$/i;

/** A public https address, or why it is not one. */
function checkPublicUrl(value, what) {
  if (!value) return `Vul het openbare adres van ${what} in.`;
  let url;
  try {
    url = new URL(value);
  } catch {
    return `Dit is geen volledig webadres: begin met https://, bijvoorbeeld ${PLACEHOLDERS.src}.`;
  }
  if (LOCAL_HOST.test(url.hostname) || url.protocol === 'file:')
    return `${url.host || value} werkt alleen op uw eigen computer: bezoekers van uw website kunnen er niet bij. Vul het openbare adres in.`;
  if (url.protocol !== 'https:') return 'Gebruik een adres dat met https:// begint (uw website laadt anders niets).';
  return undefined;
}

/** A CSS length the element accepts for `height`: a number with a unit. */
const LENGTH = /^\d+(\.\d+)?(px|em|rem|vh|svh|dvh|lvh|cm|mm)$/;

/**
 * What is wrong with the choices, per field, in words for a webmaster (Dutch, like the builder). Fields with a
 * problem are left out of the snippet (the addresses get a placeholder instead).
 * @param {Record<string, unknown>} choices
 * @returns {Record<string, string>}
 */
export function checkChoices(choices) {
  const problems = {};
  const script = checkPublicUrl(choices.scriptUrl, 'het script');
  if (script) problems.scriptUrl = script;
  const feed = checkPublicUrl(choices.src, 'de feed');
  if (feed) problems.src = feed;
  const height = String(choices.height ?? '').trim();
  if (height && !LENGTH.test(height))
    problems.height = /^\d+(\.\d+)?$/.test(height)
      ? `"${height}" is geen lengte: schrijf er een eenheid bij, bijvoorbeeld ${height}px.`
      : `"${height.slice(0, 40)}" is geen lengte: gebruik bijvoorbeeld 600px of 70vh.`;
  const correction = String(choices.correctionUrl ?? '').trim();
  if (correction && !/^mailto:[^\s@]+@[^\s@]+\.[^\s@]+$/i.test(correction)) {
    const problem = checkPublicUrl(correction, 'de pagina voor wijzigingen');
    if (problem) problems.correctionUrl = `${problem} Of gebruik mailto:naam@school.nl.`;
  }
  const endpoint = String(choices.correctionEndpoint ?? '').trim();
  if (endpoint) {
    const problem = checkPublicUrl(endpoint, 'het adres voor correcties');
    if (problem) problems.correctionEndpoint = problem;
  }
  if (String(choices.search ?? '').length > 200) problems.search = 'Een zoekopdracht is hoogstens 200 tekens.';
  const near = String(choices.near ?? '').trim();
  if (near.length > 120) problems.near = 'Een postcode of plaats is hoogstens 120 tekens.';
  if (String(choices.radius ?? '') && !near)
    problems.radius = 'Een afstand geldt vanaf een plaats: vul eerst een plaats in.';
  return problems;
}

/**
 * @param {{ scriptUrl: string } & Record<string, string | boolean | string[] | undefined>} options
 * @returns {string}
 */
export function embedSnippet(options) {
  const problems = checkChoices(options);
  const usable = { ...options };
  for (const field of Object.keys(problems)) usable[field] = PLACEHOLDERS[field] ?? undefined;
  const parts = ['<leerroutes-kaart'];
  for (const [key, name, defaultValue] of ATTRIBUTES) {
    let value = usable[key];
    if (Array.isArray(value)) value = value.join(',');
    if (typeof value === 'string') value = value.trim();
    if (value === undefined || value === false || value === '' || value === defaultValue) continue;
    if (key === 'lockRegion' && !usable.region) continue;
    if (key === 'radius' && !String(usable.near ?? '').trim()) continue;
    parts.push(value === true ? name : `${name}="${escapeAttribute(value)}"`);
  }
  const element =
    parts.length > 3 ? `${parts.join('\n  ')}\n></leerroutes-kaart>` : `${parts.join(' ')}></leerroutes-kaart>`;
  return `<script src="${escapeAttribute(usable.scriptUrl)}"></script>\n${element}`;
}
