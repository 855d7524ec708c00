/**
 * The routes as a plain, semantic HTML list grouped by school, to paste inside the element
 * (`<leerroutes-kaart …>fragment</leerroutes-kaart>`): it shows where JavaScript does not run (an old browser, a
 * blocked CDN, a search engine) and disappears when the element starts, as its shadow root has no slot.
 * Every text is escaped; only https links (the parser keeps no other); a contact only with consent (the parser
 * keeps no other).
 */
import type { Route } from '../feed/parse-core.js';
import { profielLabel } from '../feed/parse-core.js';
import { resolveRegion } from '../feed/domain.js';
import { groupBySchool, sortPinsForList } from '../model/group.js';
import type { Messages } from '../i18n/index.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

/** Region names or CBS codes as the `region` attribute takes them; unknown ones are returned apart. */
export function resolveRegions(written: readonly string[]): { names: string[]; unknown: string[] } {
  const names: string[] = [];
  const unknown: string[] = [];
  for (const value of written) {
    const match = resolveRegion(value);
    if (match.kind === 'unknown') unknown.push(value);
    else names.push(match.naam);
  }
  return { names, unknown };
}

/** The fragment for the routes (of `regions`, by the school's region, when given), and how many routes it lists. */
export function htmlFragment(
  routes: readonly Route[],
  messages: Messages,
  regions: readonly string[] = [],
): { html: string; routes: number } {
  const shown = regions.length ? routes.filter((route) => regions.includes(route.arbeidsmarktregio)) : routes;
  const d = messages.detail;
  const e = escapeHtml;
  const item = (label: string, value: string) => `<dt>${e(label)}</dt><dd>${e(value)}</dd>`;
  const schools = sortPinsForList(groupBySchool(shown)).map((pin) => {
    const { school } = pin;
    const heading = `${school.naam}${school.plaats ? `, ${school.plaats}` : ''}`;
    const items = pin.routes.map((route) => {
      const facts: string[] = [item(d.soort, messages.kind[route.soort])];
      if (route.niveaus?.length)
        facts.push(
          item(d.niveaus(route.niveaus.length), route.niveaus.map((n) => messages.niveau(n.van, n.naar)).join(', ')),
        );
      if (route.profielen?.length)
        facts.push(item(d.profielen(route.profielen.length), route.profielen.map(profielLabel).join(', ')));
      facts.push(item(d.regions(route.arbeidsmarktregios.length), route.arbeidsmarktregios.join(', ')));
      if (route.startjaar !== undefined) facts.push(item(d.startjaar, String(route.startjaar)));
      if (school.brin) facts.push(item(d.brin, school.brin));
      if (route.vmboScholen?.length) facts.push(item(d.vmboScholen, route.vmboScholen.map((s) => s.naam).join(', ')));
      if (route.mboInstellingen?.length)
        facts.push(item(d.mboInstellingen, route.mboInstellingen.map((s) => s.naam).join(', ')));
      const contact = route.contact;
      if (contact) {
        const parts = [contact.naam, contact.functie, contact.email, contact.telefoon].filter(Boolean) as string[];
        if (parts.length) facts.push(item(d.contact, parts.join(', ')));
      }
      const name = route.website ? `<a href="${e(route.website)}">${e(route.naam)}</a>` : e(route.naam);
      const description = (route.beschrijving ?? '')
        .split(/\n\s*\n/)
        .filter((paragraph) => paragraph.trim())
        .map((paragraph) => `<p>${e(paragraph.trim())}</p>`)
        .join('');
      return `<li><h4>${name}</h4>${description}<dl>${facts.join('')}</dl></li>`;
    });
    return `<li><h3>${e(heading)}</h3><ul>${items.join('')}</ul></li>`;
  });
  const html =
    `<section lang="${messages.lang}"><h2>${e(messages.ui.matchingRoutes(shown.length, shown.length, regions.join(', ') || undefined))}</h2>` +
    `<ul>${schools.join('\n')}</ul></section>\n`;
  return { html, routes: shown.length };
}
