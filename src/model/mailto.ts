/**
 * `mailto:` links built only from parts the element controls. The address is one plain address or none; the
 * subject and body are our own text, with any feed text inside them percent-encoded, so `&`, `?`, `#`, `%` or a
 * line break in a route's name stays text and cannot add a recipient, a header or a body (RFC 6068).
 */
import { isPlainEmail } from '../feed/text-checks.js';

export interface MailFields {
  subject?: string;
  body?: string;
}

export function mailtoHref(address: string | undefined, fields: MailFields = {}): string {
  const to = address !== undefined && isPlainEmail(address) ? address : '';
  const query: string[] = [];
  if (fields.subject) query.push(`subject=${encodeURIComponent(fields.subject.replace(/[\r\n]+/g, ' '))}`);
  // Line breaks in a body are CRLF in a mailto: link.
  if (fields.body) query.push(`body=${encodeURIComponent(fields.body.replace(/\r?\n/g, '\r\n'))}`);
  return `mailto:${to}${query.length ? `?${query.join('&')}` : ''}`;
}
