/**
 * What an element shows when its code could not be loaded (a network failure, a Content-Security-Policy that
 * blocks the chunks' address, or Trusted Types refusing Lit): a plain message with "Opnieuw proberen", built
 * with the DOM and inline style properties only, so that neither a strict policy nor Lit is needed for it.
 */
export type LoadFailureKind = 'network' | 'trusted-types';

const TEXT = {
  nl: {
    network: 'De kaart met leerroutes kon niet worden geladen: een deel ervan kwam niet binnen.',
    'trusted-types':
      'De kaart met leerroutes kan niet worden getoond: het beveiligingsbeleid van deze pagina (Trusted Types) staat hem niet toe.',
    admin: 'De beheerder van de website vindt de details in de console van de browser.',
    retry: 'Opnieuw proberen',
  },
  en: {
    network: 'The map of learning routes could not be loaded: part of it did not arrive.',
    'trusted-types':
      "The map of learning routes cannot be shown: this page's security policy (Trusted Types) does not allow it.",
    admin: "The website's administrator can find the details in the browser console.",
    retry: 'Try again',
  },
};

/** Shows the message in the element (in its shadow root, which Lit reuses once the code arrives). */
export function showLoadFailure(element: HTMLElement, kind: LoadFailureKind, retry: () => void): void {
  const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  // In the element's language: its own `lang` attribute, as the element itself reads it.
  const english = /^en\b/i.test(element.getAttribute('lang') ?? '');
  const text = english ? TEXT.en : TEXT.nl;
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.setAttribute('part', 'message');
  box.dir = 'ltr';
  Object.assign(box.style, {
    display: 'block',
    margin: '0',
    padding: '1em',
    border: '2px solid #b3261e',
    borderRadius: '6px',
    background: '#fff',
    color: '#1b1b1b',
    font: '1rem/1.5 system-ui, sans-serif',
    textAlign: 'start',
  });
  const message = document.createElement('p');
  message.style.margin = '0 0 0.75em';
  message.textContent = `${text[kind]} ${text.admin}`;
  box.append(message);
  if (kind === 'network') {
    const button = document.createElement('button');
    button.type = 'button';
    button.setAttribute('part', 'retry-button');
    button.textContent = text.retry;
    Object.assign(button.style, {
      font: 'inherit',
      minHeight: '44px',
      padding: '0 1em',
      border: '1px solid #1d4f91',
      borderRadius: '6px',
      background: '#1d4f91',
      color: '#fff',
      cursor: 'pointer',
    });
    button.addEventListener('click', () => {
      clearLoadFailure(element);
      retry();
    });
    box.append(button);
  }
  root.replaceChildren(box);
}

/** Takes the message away again (before a retry; Lit then renders into the same, empty shadow root). */
export function clearLoadFailure(element: HTMLElement): void {
  element.shadowRoot?.replaceChildren();
}
