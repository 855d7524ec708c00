// The snippet a webmaster pastes: one script tag and one element, built from the embed builder's choices.
// Shared by demo/embed.html and its test, so the test checks exactly what the builder hands out.

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
  ['basemap', 'basemap', 'pdok'],
  ['lang', 'lang', 'nl'],
  ['view', 'view', 'both'],
  ['height', 'height'],
  ['label', 'label'],
  ['correctionUrl', 'correction-url'],
  ['wheelZoom', 'wheel-zoom'],
  ['syncUrl', 'sync-url'],
];

/**
 * @param {{ scriptUrl: string } & Record<string, string | boolean | string[] | undefined>} options
 * @returns {string}
 */
export function embedSnippet(options) {
  const parts = ['<leerroutes-kaart'];
  for (const [key, name, defaultValue] of ATTRIBUTES) {
    let value = options[key];
    if (Array.isArray(value)) value = value.join(',');
    if (value === undefined || value === false || value === '' || value === defaultValue) continue;
    if (key === 'lockRegion' && !options.region) continue;
    parts.push(value === true ? name : `${name}="${escapeAttribute(value)}"`);
  }
  const element =
    parts.length > 3 ? `${parts.join('\n  ')}\n></leerroutes-kaart>` : `${parts.join(' ')}></leerroutes-kaart>`;
  return `<script type="module" src="${escapeAttribute(options.scriptUrl)}"></script>\n${element}`;
}
