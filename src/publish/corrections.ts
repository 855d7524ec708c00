/**
 * Corrections as they reach the team: JSON lines as an endpoint collects them (`{routeId, field, current,
 * proposed, sender?}`, one per line, or a JSON array of them), or the bodies of correction e-mails pasted one
 * after another (`Route-id: …` … `Voorstel: …`, Dutch or English labels). Each is read into one shape and put
 * next to the spreadsheet row it is about.
 */
import { CORRECTION_FIELDS, type CorrectionField } from '../model/correction.js';
import { MAIL_LABELS } from '../model/correction-mail.js';
import { correctionTexts } from '../i18n/correction.js';
import type { Column } from './sheet-to-feed.js';
import { messagesFor } from '../i18n/index.js';

export interface ReceivedCorrection {
  routeId: string;
  /** As written: a field key, a field's label, or the visitor's own words. */
  field: string;
  current: string;
  proposed: string;
  senderNaam?: string;
  senderEmail?: string;
  /** Where it was read: `regel 3` of the JSON lines, or the n-th e-mail. */
  source: { kind: 'json' | 'mail'; index: number };
}

export type UnreadableReason = 'not-json' | 'no-route' | 'no-proposal' | 'too-long';

export interface ReadCorrections {
  corrections: ReceivedCorrection[];
  /** Lines or e-mails that held no correction: their number and why (the first MAX_UNREADABLE of them). */
  unreadable: { kind: 'json' | 'mail'; index: number; reason: UnreadableReason }[];
  /** What was not read, and said so: corrections past the limit, unreadable ones not listed, characters cut off. */
  leftOut: { corrections: number; unreadable: number; characters: number };
}

/**
 * Limits on what is read, so that no file of corrections holds the page: a month of corrections is tens, a
 * correction a few hundred characters (the form takes 2,000).
 */
export const CORRECTION_LIMITS = {
  corrections: 1000,
  unreadable: 100,
  /** Characters of input read; the rest (from the last line break before it) is left out. */
  characters: 2 * 1024 * 1024,
  /** A JSON line longer than this is not parsed. */
  line: 20_000,
  /** Each field kept to this, with an ellipsis. */
  field: 5000,
} as const;

const cut = (value: string) =>
  value.length > CORRECTION_LIMITS.field ? `${value.slice(0, CORRECTION_LIMITS.field)}…` : value;

/** A correction or an unreadable one into `read`, within the limits; past them only counted. */
function keep(read: ReadCorrections, found: ReceivedCorrection | ReadCorrections['unreadable'][number]): void {
  if ('routeId' in found) {
    if (read.corrections.length < CORRECTION_LIMITS.corrections) read.corrections.push(found);
    else read.leftOut.corrections++;
  } else if (read.unreadable.length < CORRECTION_LIMITS.unreadable) read.unreadable.push(found);
  else read.leftOut.unreadable++;
}

/** Which spreadsheet columns hold a correction's field. */
export const FIELD_COLUMNS: Record<CorrectionField, readonly Column[]> = {
  naam: ['naam'],
  beschrijving: ['beschrijving'],
  soort: ['soort'],
  school: ['school'],
  plaats: ['plaats'],
  brin: ['brin', 'vestiging'],
  locatie: ['lat', 'lon', 'x', 'y'],
  arbeidsmarktregio: ['arbeidsmarktregio'],
  arbeidsmarktregios: ['arbeidsmarktregios'],
  profielen: ['profielen'],
  niveaus: ['niveaus'],
  startjaar: ['startjaar'],
  vmboScholen: ['vmboScholen'],
  mboInstellingen: ['mboInstellingen'],
  contact: ['contactNaam', 'contactFunctie', 'contactEmail', 'contactTelefoon', 'toestemming'],
  website: ['website'],
  anders: [],
};

const fold = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/['’\s_-]+/g, '');

const fieldByWords = new Map<string, CorrectionField>();
for (const key of CORRECTION_FIELDS) {
  fieldByWords.set(fold(key), key);
  for (const lang of ['nl', 'en']) fieldByWords.set(fold(correctionTexts(lang).fields[key]), key);
}

/** The field a correction names, when it names one the map knows (by key or by its label in either language). */
export function fieldOf(written: string): CorrectionField | undefined {
  return fieldByWords.get(fold(written));
}

const text = (value: unknown) => (typeof value === 'string' ? cut(value.trim()) : '');

function fromJson(value: unknown, index: number): ReceivedCorrection | 'no-route' | 'no-proposal' {
  const record = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const sender = (record.sender && typeof record.sender === 'object' ? record.sender : {}) as Record<string, unknown>;
  const routeId = text(record.routeId);
  if (!routeId) return 'no-route';
  const proposed = text(record.proposed);
  if (!proposed) return 'no-proposal';
  return {
    routeId,
    field: text(record.field),
    current: text(record.current),
    proposed,
    ...(text(sender.naam) ? { senderNaam: text(sender.naam) } : {}),
    ...(text(sender.email) ? { senderEmail: text(sender.email) } : {}),
    source: { kind: 'json', index },
  };
}

type LabelKey = keyof (typeof MAIL_LABELS)['nl'];
const labelLines = Object.values(MAIL_LABELS).flatMap((labels) =>
  (Object.entries(labels) as [LabelKey, string][]).map(([key, label]) => ({ key, label: label.toLowerCase() })),
);
// Longest first: "Route-id" before "Route".
labelLines.sort((a, b) => b.label.length - a.label.length);

function labelled(line: string): { key: LabelKey; value: string } | undefined {
  const plain = line.replace(/^>+\s?/, '');
  const colon = plain.indexOf(':');
  if (colon < 1) return undefined;
  const label = plain.slice(0, colon).trim().toLowerCase();
  const found = labelLines.find((candidate) => candidate.label === label);
  return found && { key: found.key, value: plain.slice(colon + 1).trim() };
}

/** Lines that end a proposal: the map's own first line of a correction e-mail, and a pasted mail's headers. */
const introLines = new Set(
  ['nl', 'en'].flatMap((lang) => {
    const detail = messagesFor(lang).detail;
    return [detail.correctionMailSent, detail.correctionMailBlank].map((line) => line.trim().toLowerCase());
  }),
);
const MAIL_HEADER = /^(van|aan|cc|onderwerp|datum|verzonden|from|to|subject|date|sent):\s/i;
const endsProposal = (line: string) =>
  /^--\s*$/.test(line) || /^-{3,}/.test(line) || MAIL_HEADER.test(line) || introLines.has(line.trim().toLowerCase());

/** Pasted e-mail bodies: each starts at its route-id line; the proposal runs on until the next label or e-mail. */
function fromMails(input: string, read: ReadCorrections): void {
  let current: Partial<Record<LabelKey, string>> | undefined;
  let last: LabelKey | undefined;
  let mails = 0;
  const finish = () => {
    if (!current) return;
    mails++;
    const routeId = current.routeId?.trim() ?? '';
    const proposed = current.proposed?.trim() ?? '';
    if (!routeId) keep(read, { kind: 'mail', index: mails, reason: 'no-route' });
    else if (!proposed) keep(read, { kind: 'mail', index: mails, reason: 'no-proposal' });
    else
      keep(read, {
        routeId: cut(routeId),
        field: cut(current.field?.trim() ?? ''),
        current: cut(current.current?.trim() ?? ''),
        proposed: cut(proposed),
        ...(current.naam?.trim() ? { senderNaam: cut(current.naam.trim()) } : {}),
        ...(current.email?.trim() ? { senderEmail: cut(current.email.trim()) } : {}),
        source: { kind: 'mail', index: mails },
      });
    current = undefined;
    last = undefined;
  };
  for (const line of input.split(/\r?\n/)) {
    const found = labelled(line);
    if (found?.key === 'routeId') {
      finish();
      current = { routeId: found.value };
      last = 'routeId';
    } else if (found && current) {
      current[found.key] = found.value;
      last = found.key;
    } else if (current && last && (last === 'proposed' || last === 'current')) {
      // A signature ("-- "), a separator, the next mail's headers or the map's first line end the mail.
      if (endsProposal(line)) finish();
      // Past the field's limit a proposal grows no further: it is cut when kept.
      else if ((current[last]?.length ?? 0) <= CORRECTION_LIMITS.field)
        current[last] = `${current[last] ?? ''}\n${line}`;
    }
  }
  finish();
}

/** The input the limits allow: up to the last line break within the first `characters`. */
export function boundedInput(input: string): { text: string; cutOff: number } {
  if (input.length <= CORRECTION_LIMITS.characters) return { text: input, cutOff: 0 };
  const end = input.lastIndexOf('\n', CORRECTION_LIMITS.characters);
  const text = input.slice(0, end > 0 ? end : CORRECTION_LIMITS.characters);
  return { text, cutOff: input.length - text.length };
}

export function readCorrections(input: string): ReadCorrections {
  const { text: bounded, cutOff } = boundedInput(input);
  const read: ReadCorrections = {
    corrections: [],
    unreadable: [],
    leftOut: { corrections: 0, unreadable: 0, characters: cutOff },
  };
  const trimmed = bounded.trim();
  if (!trimmed) return read;
  if (trimmed.startsWith('[')) {
    try {
      const list = JSON.parse(trimmed) as unknown;
      if (Array.isArray(list)) {
        list.forEach((value, i) => {
          const found = fromJson(value, i + 1);
          keep(read, typeof found === 'string' ? { kind: 'json', index: i + 1, reason: found } : found);
        });
        return read;
      }
    } catch {
      // Not one JSON array: read on as lines or mails.
    }
  }
  if (trimmed.startsWith('{')) {
    trimmed.split(/\r?\n/).forEach((line, i) => {
      if (!line.trim()) return;
      // Past the limit nothing more is parsed: each line is only counted.
      if (read.corrections.length >= CORRECTION_LIMITS.corrections) {
        read.leftOut.corrections++;
        return;
      }
      if (line.length > CORRECTION_LIMITS.line) {
        keep(read, { kind: 'json', index: i + 1, reason: 'too-long' });
        return;
      }
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        keep(read, { kind: 'json', index: i + 1, reason: 'not-json' });
        return;
      }
      const found = fromJson(value, i + 1);
      keep(read, typeof found === 'string' ? { kind: 'json', index: i + 1, reason: found } : found);
    });
    return read;
  }
  fromMails(trimmed, read);
  return read;
}
