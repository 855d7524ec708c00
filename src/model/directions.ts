/**
 * "Route plannen": a link per school to a route planner, from the `directions-url` template. The default is Google
 * Maps' documented, keyless directions URL with public transport chosen (pupils travel by bus and train); only the
 * school's position goes into it, never the visitor's place, and nothing is sent until the visitor clicks.
 */

export const DEFAULT_DIRECTIONS_URL =
  'https://www.google.com/maps/dir/?api=1&destination={lat},{lon}&travelmode=transit';

export interface DirectionsTemplate {
  /** The template to fill in; undefined: no links (`none`, or a template that cannot be used). */
  template: string | undefined;
  warning?: string;
}

/** Reads the `directions-url` attribute: empty is the default, `none` switches the links off, else an https: template. */
export function parseDirectionsTemplate(written: string | null | undefined): DirectionsTemplate {
  const text = (written ?? '').trim();
  if (!text) return { template: DEFAULT_DIRECTIONS_URL };
  if (text.toLowerCase() === 'none') return { template: undefined };
  let url: URL | undefined;
  try {
    url = new URL(text.replace(/\{(lat|lon|naam)\}/g, '0'));
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'https:' || !/\{(lat|lon)\}/.test(text)) {
    return {
      template: undefined,
      warning: `leerroutes-kaart: directions-url="${text.slice(0, 80)}" is not an https: address with {lat} and {lon}; no "Route plannen" links are shown.`,
    };
  }
  return { template: text };
}

/** The template filled in for one school: coordinates to 5 decimals (a metre), the name percent-encoded. */
export function directionsHref(template: string, school: { naam: string; lon: number; lat: number }): string {
  return template
    .replaceAll('{lat}', school.lat.toFixed(5))
    .replaceAll('{lon}', school.lon.toFixed(5))
    .replaceAll('{naam}', encodeURIComponent(school.naam));
}
