/**
 * A visitor's correction of one route: which of its fields is wrong, what the map shows now, what it should be.
 * The same record travels three ways: as the JSON a site's `correction-endpoint` receives, as the structured body
 * of a correction e-mail (correction-mail.ts), and back into the publisher's workbench, which reads both. The
 * field keys are the spreadsheet's column names, so the team finds the cell to change. Loaded with the form.
 */
import type { Route } from '../feed/parse-feed.js';
import { profielLabel } from '../feed/parse-core.js';
import { isPlainEmail } from '../feed/text-checks.js';
import type { Messages } from '../i18n/index.js';

export const CORRECTION_FIELDS = [
  'naam',
  'beschrijving',
  'soort',
  'school',
  'plaats',
  'brin',
  'locatie',
  'arbeidsmarktregio',
  'arbeidsmarktregios',
  'profielen',
  'niveaus',
  'startjaar',
  'vmboScholen',
  'mboInstellingen',
  'contact',
  'website',
  'anders',
] as const;
export type CorrectionField = (typeof CORRECTION_FIELDS)[number];

export const MAX_PROPOSED_LENGTH = 2000;
export const MAX_SENDER_NAME_LENGTH = 100;

/** What a site's endpoint receives, as JSON. `sender` only when the visitor filled in a name or an address. */
export interface CorrectionRequest {
  routeId: string;
  field: CorrectionField;
  /** The field as the map showed it ('' for `anders` or an empty field). */
  current: string;
  proposed: string;
  sender?: { naam?: string; email?: string };
}

export interface CorrectionDraft {
  field: CorrectionField;
  proposed: string;
  naam: string;
  email: string;
}

export type DraftErrors = Partial<Record<'proposed' | 'naam' | 'email', string>>;

/** The field as the detail panel shows it, in one line of text. */
export function currentText(route: Route, field: CorrectionField, m: Messages): string {
  const names = (list: readonly { naam: string; brin?: string | undefined }[] | undefined) =>
    (list ?? []).map((item) => (item.brin ? `${item.naam} (${item.brin})` : item.naam)).join(', ');
  switch (field) {
    case 'naam':
      return route.naam;
    case 'beschrijving':
      return route.beschrijving ?? '';
    case 'soort':
      return m.kind[route.soort];
    case 'school':
      return route.school.naam;
    case 'plaats':
      return route.school.plaats ?? '';
    case 'brin':
      return [route.school.brin, route.school.vestiging && m.detail.vestiging(route.school.vestiging)]
        .filter(Boolean)
        .join(' ');
    case 'locatie':
      return `${route.coordinates[1]}, ${route.coordinates[0]}`;
    case 'arbeidsmarktregio':
      return route.arbeidsmarktregio;
    case 'arbeidsmarktregios':
      return route.arbeidsmarktregios.join(', ');
    case 'profielen':
      return (route.profielen ?? []).map(profielLabel).join(', ');
    case 'niveaus':
      return (route.niveaus ?? []).map((n) => m.niveau(n.van, n.naar)).join(', ');
    case 'startjaar':
      return route.startjaar === undefined ? '' : String(route.startjaar);
    case 'vmboScholen':
      return names(route.vmboScholen);
    case 'mboInstellingen':
      return names(route.mboInstellingen);
    case 'contact': {
      // Only a contact who gave consent reaches the route at all.
      const c = route.contact;
      return c ? [c.naam, c.functie, c.email, c.telefoon].filter(Boolean).join(', ') : '';
    }
    case 'website':
      return route.website ?? '';
    case 'anders':
      return '';
  }
}

/** The words a draft's problems are said in (the form's texts, in the visitor's language). */
export interface DraftErrorTexts {
  proposedMissing: string;
  tooLong(max: number): string;
  emailInvalid: string;
}

/** Every problem of a draft, by field: nothing is sent while there is one. */
export function draftErrors(draft: CorrectionDraft, c: DraftErrorTexts): DraftErrors {
  const errors: DraftErrors = {};
  const proposed = draft.proposed.trim();
  if (!proposed) errors.proposed = c.proposedMissing;
  else if (proposed.length > MAX_PROPOSED_LENGTH) errors.proposed = c.tooLong(MAX_PROPOSED_LENGTH);
  if (draft.naam.trim().length > MAX_SENDER_NAME_LENGTH) errors.naam = c.tooLong(MAX_SENDER_NAME_LENGTH);
  const email = draft.email.trim();
  if (email && !isPlainEmail(email)) errors.email = c.emailInvalid;
  return errors;
}

export function correctionRequest(route: Route, draft: CorrectionDraft, m: Messages): CorrectionRequest {
  const naam = draft.naam.trim();
  const email = draft.email.trim();
  return {
    routeId: route.id,
    field: draft.field,
    current: currentText(route, draft.field, m),
    proposed: draft.proposed.trim(),
    ...(naam || email ? { sender: { ...(naam ? { naam } : {}), ...(email ? { email } : {}) } } : {}),
  };
}
