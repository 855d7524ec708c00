/**
 * The first module of the self-contained bundle, run before Lit. If the rest of the bundle cannot start, every
 * `<leerroutes-kaart>` on the page would stay empty and silent. The cause seen in practice is a page that enforces
 * Trusted Types (`require-trusted-types-for 'script'`) with a `trusted-types` list that does not name Lit's policy,
 * `lit-html`: creating it throws while the bundle is evaluated. Then each element gets one plain message (built
 * with textContent, so no policy is needed for it) and the console says what the page must allow.
 */
const TAG = 'leerroutes-kaart';
let startError = '';
const onError = (event: ErrorEvent) => {
  startError ||= String(event.message || event.error || '');
};
window.addEventListener('error', onError);

// The bundle defines the element while it is evaluated: once this task has run, it is defined or it failed.
setTimeout(() => {
  window.removeEventListener('error', onError);
  if (customElements.get(TAG)) return;
  const trustedTypes = /trusted ?types?|createPolicy|lit-html/i.test(startError);
  console.error(
    trustedTypes
      ? `${TAG}: this page enforces Trusted Types and does not allow Lit's policy "lit-html". Add it to the page's Content-Security-Policy: trusted-types lit-html (see the README). ${startError}`
      : `${TAG}: the map could not start. ${startError}`,
  );
  for (const element of document.querySelectorAll<HTMLElement>(TAG)) showStartFailure(element, trustedTypes);
}, 0);

function showStartFailure(element: HTMLElement, trustedTypes: boolean): void {
  if (element.shadowRoot) return;
  const english = /^en\b/i.test(element.closest('[lang]')?.getAttribute('lang') ?? '');
  const message = english
    ? `The map of learning routes cannot be shown: ${trustedTypes ? "this page's security policy (Trusted Types) does not allow it" : 'its script could not start'}. The website's administrator can find the details in the browser console.`
    : `De kaart met leerroutes kan niet worden getoond: ${trustedTypes ? 'het beveiligingsbeleid van deze pagina (Trusted Types) staat hem niet toe' : 'het script kon niet starten'}. De beheerder van de website vindt de details in de console van de browser.`;
  const text = document.createElement('p');
  text.setAttribute('role', 'alert');
  text.textContent = message;
  Object.assign(text.style, {
    margin: '0',
    padding: '1em',
    border: '2px solid #b3261e',
    background: '#fff',
    color: '#1b1b1b',
  });
  element.attachShadow({ mode: 'open' }).append(text);
}

export {};
