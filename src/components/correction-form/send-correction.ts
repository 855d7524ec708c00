/** The POST of one correction to the site's endpoint, with a time limit; a cancel is not a failure. */
import type { CorrectionRequest } from '../../model/correction.js';
import type { CorrectionTexts } from '../../i18n/correction.js';

export const SEND_TIMEOUT_SECONDS = 15;

export type SendOutcome =
  { sent: true; status: number } | { sent: false; status?: number; reason: string } | { cancelled: true };

export async function sendCorrection(
  endpoint: string,
  request: CorrectionRequest,
  signal: AbortSignal,
  c: CorrectionTexts,
): Promise<SendOutcome> {
  // One signal for both ends: the visitor's cancel (checked apart below) and the time limit.
  const timer = new AbortController();
  const stop = () => timer.abort();
  signal.addEventListener('abort', stop);
  const timeout = setTimeout(stop, SEND_TIMEOUT_SECONDS * 1000);
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
      signal: timer.signal,
      // The visitor's name and e-mail go to the endpoint the site named, nowhere else: a redirect (even a 302, which
      // drops the body) is a failure, not a "sent".
      redirect: 'manual',
    });
    if (response.type === 'opaqueredirect' || response.redirected || (response.status >= 300 && response.status < 400))
      return { sent: false, reason: c.failedRedirect };
    return response.ok
      ? { sent: true, status: response.status }
      : { sent: false, status: response.status, reason: c.failedStatus(response.status) };
  } catch {
    if (signal.aborted) return { cancelled: true };
    return { sent: false, reason: timer.signal.aborted ? c.failedTimeout(SEND_TIMEOUT_SECONDS) : c.failedNetwork };
  } finally {
    clearTimeout(timeout);
    signal.removeEventListener('abort', stop);
  }
}
