// Loaded by the embed test pages (from their own origin, so a strict CSP allows it): waits until the map has
// drawn, then reports to the test in the parent page what a visitor would get, and every CSP violation seen.
const violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample || '(inline)'}`);
});

await customElements.whenDefined('leerroutes-kaart');
const kaart = document.querySelector('leerroutes-kaart');
await new Promise((resolve) => {
  if (kaart.visibleRouteIds.length) resolve();
  kaart.addEventListener('feed-load', resolve, { once: true });
  kaart.addEventListener('feed-error', resolve, { once: true });
});
await kaart.whenMapRendered();
await new Promise((resolve) => setTimeout(resolve, 300));

const root = kaart.shadowRoot;
const box = (selector) => {
  const element = root.querySelector(selector);
  if (!element) return null;
  const { width, height } = element.getBoundingClientRect();
  return { width: Math.round(width), height: Math.round(height) };
};
const canvas = root.querySelector('.pins canvas');
let drawnPixels = 0;
if (canvas) {
  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  for (let i = 3; i < data.length; i += 4) if (data[i] > 0) drawnPixels++;
}
parent.postMessage(
  {
    probe: location.pathname,
    violations,
    visibleRouteIds: kaart.visibleRouteIds,
    host: box(':host') ?? {
      width: Math.round(kaart.getBoundingClientRect().width),
      height: Math.round(kaart.getBoundingClientRect().height),
    },
    map: box('.map'),
    canvas: canvas
      ? {
          width: Math.round(canvas.getBoundingClientRect().width),
          height: Math.round(canvas.getBoundingClientRect().height),
        }
      : null,
    zoomButton: box('.ol-zoom-in'),
    filterButton: box('details summary'),
    searchField: box('input[type="search"]'),
    routeButton: box('.list-route'),
    drawnPixels,
    // Whatever the page put inside the element (the no-JavaScript list) is no longer shown once it runs.
    lightDomShown: [...kaart.children].some((child) => child.getClientRects().length > 0),
    adoptedSheets: root.adoptedStyleSheets.length,
    textTransform: getComputedStyle(root.querySelector('.toolbar-count')).textTransform,
    // What a page's inherited text styling and direction would change, read where the visitor reads.
    text: (() => {
      const style = getComputedStyle(root.querySelector('.list-route-name') ?? root.querySelector('.toolbar-count'));
      const names = [
        'direction',
        'fontStyle',
        'fontWeight',
        'fontVariantCaps',
        'textAlign',
        'textIndent',
        'wordSpacing',
        'textShadow',
        'cursor',
      ];
      return Object.fromEntries(names.map((name) => [name, style[name]]));
    })(),
    tallestListRow: Math.max(
      0,
      ...[...root.querySelectorAll('.list-route')].map((row) => Math.round(row.getBoundingClientRect().height)),
    ),
    countText: root.querySelector('.toolbar-count').textContent.trim(),
    countLeftOfMap: root.querySelector('.toolbar-count').getBoundingClientRect().left,
  },
  '*',
);
