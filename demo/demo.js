// The demo page: shows the snippet a webmaster pastes, and lets a URL like ?basemap=none&lang=en&selected=…
// try the element's attributes without editing the page.
const kaart = document.getElementById('kaart');
const params = new URLSearchParams(location.search);
// Every attribute of the element can be tried this way (see the README), e.g. ?view=list&search=zorg&region=Twente.
const ATTRIBUTES = [
  'basemap',
  'lang',
  'region',
  'profile',
  'level',
  'route-type',
  'selected',
  'lock-region',
  'src',
  'view',
  'search',
  'height',
  'label',
  'sync-url',
  'wheel-zoom',
  'correction-url',
  'correction-endpoint',
  'timeout',
  'refresh',
  'near',
  'radius',
  'geocoder',
  'geocoder-url',
  'directions-url',
  'coverage-year',
];
for (const name of ATTRIBUTES) {
  if (params.has(name)) kaart.setAttribute(name, params.get(name));
}

const scriptUrl = new URL('../dist/leerroutes-kaart.js', location.href).href;
document.getElementById('snippet').textContent =
  `<script type="module" src="${scriptUrl}"></script>\n` +
  `<leerroutes-kaart src="https://uw-domein.nl/routes.json"></leerroutes-kaart>`;

kaart.addEventListener('feed-load', (event) => console.info('feed-load', event.detail));
kaart.addEventListener('route-select', (event) => console.info('route-select', event.detail));
kaart.addEventListener('location-change', (event) => console.info('location-change', event.detail));
