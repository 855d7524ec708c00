/**
 * Where "Klopt er iets niet?" goes: the route's own form, else the site's `correction-url`, else an e-mail naming
 * the route. A site's https page learns which route is meant: `{id}` and `{naam}` in the URL are filled in
 * (percent-encoded), and without them the id is added as the query parameter `route`. A site's `mailto:` gives the
 * address; subject and body are written by the map, as for the contact's address.
 */
import { linkProblem } from '../feed/text-checks.js';
import { mailtoHref, type MailFields } from './mailto.js';

export interface CorrectionTarget {
  id: string;
  naam: string;
  wijzigingUrl?: string | undefined;
  contactEmail?: string | undefined;
}

export function correctionLink(route: CorrectionTarget, correctionUrl: string | undefined, mail: MailFields): string {
  if (route.wijzigingUrl) return route.wijzigingUrl;
  const site = correctionUrl?.trim();
  if (site && /^https:/i.test(site)) {
    const filled = /\{(id|naam)\}/.test(site)
      ? site.replace(/\{id\}/g, encodeURIComponent(route.id)).replace(/\{naam\}/g, encodeURIComponent(route.naam))
      : withRouteParameter(site, route.id);
    if (filled && !linkProblem(filled)) return filled;
  }
  return correctionMail(route, site, mail);
}

/** The e-mail form of a correction: to the site's `mailto:` address, else the route's contact, else to no one yet. */
export function correctionMail(route: CorrectionTarget, correctionUrl: string | undefined, mail: MailFields): string {
  const site = correctionUrl?.trim();
  if (site && /^mailto:/i.test(site)) {
    return mailtoHref(safeDecode(site.slice('mailto:'.length).split('?')[0]!.trim()), mail);
  }
  return mailtoHref(route.contactEmail, mail);
}

function withRouteParameter(site: string, id: string): string | undefined {
  try {
    const url = new URL(site);
    url.searchParams.set('route', id);
    return url.href;
  } catch {
    return undefined;
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
