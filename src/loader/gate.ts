/**
 * Which elements are near enough to the viewport to load: with `loading="lazy"` (the default) an element costs
 * nothing (no code beyond the entry, no feed request) until it is within about one screen of being seen.
 */
export const TAG = 'leerroutes-kaart';
/** About one viewport above and below: the code and feed arrive before the visitor scrolls the element in. */
export const NEAR_MARGIN = '100% 0px';

/** Elements the entry already found near: the element itself need not wait for its own observer. */
export const nearElements = new WeakSet<Element>();

export function isEager(element: Element): boolean {
  return element.getAttribute('loading')?.trim().toLowerCase() === 'eager';
}

/**
 * Near the viewport now, as far as layout can tell: for the first look, without waiting a frame for an observer's
 * first report (and for an empty inline element, of which an observer may never report). A hidden element
 * (no boxes) is not near. Only once the page's styles apply (see whenLaidOut): before its stylesheet has
 * arrived, a long page is short and everything on it looks near.
 */
export function isNearNow(element: Element): boolean {
  if (element.getClientRects().length === 0) return false;
  const { top, bottom } = element.getBoundingClientRect();
  const height = window.innerHeight;
  return bottom >= -height && top <= 2 * height;
}

/**
 * Runs `check` when layout tells the truth: at once when the page's linked stylesheets are in (a classic script
 * runs only after those above it, so this is the common case for the page's script), else in the first frame,
 * which waits for them. Waiting for that frame regardless put every request of the first view 10-25 ms later.
 */
export function whenLaidOut(check: () => void): void {
  if (document.readyState === 'complete' || stylesheetsArrived()) check();
  else requestAnimationFrame(check);
}

/** No `<link rel="stylesheet">` of the page still on its way (one that failed counts as on its way: the frame decides). */
function stylesheetsArrived(): boolean {
  for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet" i]')) {
    if (!link.sheet && !link.disabled) return false;
  }
  return true;
}

/**
 * Calls `onNear` once per element, as soon as it is eager or near the viewport; `found` tells whether any
 * element was seen at all. Only for the entry: elements the document shows (not ones inside another component's shadow root).
 */
export function watchDocument(onNear: (element: HTMLElement) => void): { stop(): void; found(): boolean } {
  const seen = new WeakSet<Element>();
  let found = false;
  const near = (element: HTMLElement) => {
    if (nearElements.has(element)) return;
    intersections.unobserve(element);
    nearElements.add(element);
    onNear(element);
  };
  const intersections = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) near(entry.target as HTMLElement);
    },
    { rootMargin: NEAR_MARGIN },
  );
  const watch = (element: HTMLElement) => {
    if (seen.has(element)) return;
    seen.add(element);
    found = true;
    if (isEager(element)) return near(element);
    intersections.observe(element);
    whenLaidOut(() => isNearNow(element) && near(element));
  };
  const watchWithin = (root: ParentNode) => root.querySelectorAll<HTMLElement>(TAG).forEach(watch);
  watchWithin(document);
  const additions = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) {
        if (!(node instanceof HTMLElement)) continue;
        if (node.localName === TAG) watch(node);
        watchWithin(node);
      }
  });
  additions.observe(document, { childList: true, subtree: true });
  return {
    stop() {
      intersections.disconnect();
      additions.disconnect();
    },
    found: () => found,
  };
}
