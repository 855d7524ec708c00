/**
 * The parts of a visitor's correction the panel needs before any form is opened: the structured e-mail (the link
 * shown without an endpoint, and the fallback when the endpoint fails) and the check of `correction-endpoint`.
 * The workbench reads the e-mail's lines back (publish/corrections.ts).
 */
import type { Route } from '../feed/parse-feed.js';
import type { Messages } from '../i18n/index.js';
import type { CorrectionRequest } from './correction.js';

/** The labels of a correction e-mail's lines, per language; the workbench reads either. */
export const MAIL_LABELS = {
  nl: {
    routeId: 'Route-id',
    route: 'Route',
    field: 'Veld',
    current: 'Nu op de kaart',
    proposed: 'Voorstel',
    naam: 'Naam afzender',
    email: 'E-mail afzender',
  },
  en: {
    routeId: 'Route id',
    route: 'Route',
    field: 'Field',
    current: 'Now on the map',
    proposed: 'Proposed',
    naam: 'Sender name',
    email: 'Sender e-mail',
  },
} as const;

/**
 * The body of a correction e-mail: one `Label: value` line each, the proposal last (it may run over lines).
 * Without a request it is a form to fill in, for the link shown when the site has no endpoint.
 */
export function correctionMailBody(
  route: Pick<Route, 'id' | 'naam'>,
  request: CorrectionRequest | undefined,
  m: Messages,
): string {
  const label = m.lang === 'en' ? MAIL_LABELS.en : MAIL_LABELS.nl;
  const lines = [
    request ? m.detail.correctionMailSent : m.detail.correctionMailBlank,
    '',
    `${label.routeId}: ${route.id}`,
    `${label.route}: ${route.naam}`,
    `${label.field}: ${request?.field ?? ''}`,
  ];
  if (request) {
    lines.push(`${label.current}: ${request.current}`);
    if (request.sender?.naam) lines.push(`${label.naam}: ${request.sender.naam}`);
    if (request.sender?.email) lines.push(`${label.email}: ${request.sender.email}`);
  }
  lines.push(`${label.proposed}: ${request?.proposed ?? ''}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Where corrections go by POST: an https: address, or one on the page's own origin (a relative path on the school's
 * site). Anything else is refused with the reason, and the map keeps its e-mail link.
 */
export function correctionEndpoint(
  written: string | undefined,
  base: string,
  pageOrigin: string,
): { url?: string; problem?: string } {
  const text = written?.trim();
  if (!text) return {};
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    return { problem: `correction-endpoint "${text.slice(0, 200)}" is not a URL` };
  }
  if (url.protocol === 'https:' || url.origin === pageOrigin) return { url: url.href };
  return {
    problem: `correction-endpoint "${text.slice(0, 200)}" must be an https: address or on this page's own origin`,
  };
}
