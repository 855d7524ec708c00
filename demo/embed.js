// The embed builder: form choices -> the live preview's attributes and the snippet to copy.
import { CDN_SCRIPT_URL, checkChoices, embedSnippet } from './snippet.js';

const form = document.getElementById('choices');
const preview = document.getElementById('preview');
const snippetOut = document.getElementById('snippet');

const REGIONS = [
  'Achterhoek',
  'Amersfoort',
  'Drechtsteden',
  'Drenthe',
  'Flevoland',
  'FoodValley',
  'Friesland',
  'Gooi en Vechtstreek',
  'Gorinchem',
  'Groningen',
  'Groot Amsterdam',
  'Haaglanden',
  'Helmond-De Peel',
  'Holland Rijnland',
  'Midden-Brabant',
  'Midden-Gelderland',
  'Midden-Holland',
  'Midden-Limburg',
  'Midden-Utrecht',
  'Noord-Holland Noord',
  'Noord-Limburg',
  'Noordoost-Brabant',
  'Regio Zwolle',
  'Rijk van Nijmegen',
  'Rijnmond',
  'Rivierenland',
  'Twente',
  'Veluwe Stedendriehoek',
  'West-Brabant',
  'Zaanstreek/Waterland',
  'Zeeland',
  'Zuid-Holland Centraal',
  'Zuid-Kennemerland en IJmond',
  'Zuid-Limburg',
  'Zuidoost-Brabant',
];
const PROFIELEN = ['BWI', 'D&P', 'E&O', 'Groen', 'HBR', 'MaT', 'MVI', 'M&T', 'PIE', 'Z&W'];
const LEVELS = ['bb', 'kb', 'gl', 'tl'].flatMap((van) => [2, 3, 4].map((naar) => `${van}-${naar}`));

const fill = (select, values, label = (v) => v) => {
  for (const value of values) select.append(new Option(label(value), value));
};
/** Checkboxes for a filter that takes several values. */
const checkboxes = (fieldset, name, values, label = (v) => v) => {
  for (const value of values) {
    const option = document.createElement('label');
    option.className = 'check';
    const input = Object.assign(document.createElement('input'), { type: 'checkbox', name, value });
    option.append(input, ` ${label(value)}`);
    fieldset.append(option);
  }
};
fill(form.elements.region, REGIONS);
checkboxes(document.getElementById('profiles'), 'profile', PROFIELEN);
checkboxes(document.getElementById('levels'), 'level', LEVELS, (value) => value.replace('-', ' → mbo '));
form.elements.scriptUrl.value = CDN_SCRIPT_URL;

/** The preview runs on this page: it loads the script from here, and the sample feed until a feed is given. */
const SAMPLE_FEED = new URL('sample-feed.json', location.href).href;

function choices() {
  const data = new FormData(form);
  const text = (name) => String(data.get(name) ?? '').trim();
  return {
    scriptUrl: text('scriptUrl'),
    src: text('src'),
    region: text('region'),
    lockRegion: data.has('lockRegion'),
    routeType: data.getAll('routeType'),
    profile: data.getAll('profile'),
    level: data.getAll('level'),
    search: text('search'),
    near: text('near'),
    radius: text('radius'),
    basemap: text('basemap'),
    lang: text('lang'),
    view: text('view'),
    height: text('height'),
    correctionUrl: text('correctionUrl'),
    correctionEndpoint: text('correctionEndpoint'),
    directionsUrl: data.has('directions') ? '' : 'none',
    syncUrl: data.has('syncUrl'),
  };
}

const ATTRIBUTE_OF = {
  src: 'src',
  region: 'region',
  lockRegion: 'lock-region',
  routeType: 'route-type',
  profile: 'profile',
  level: 'level',
  search: 'search',
  near: 'near',
  radius: 'radius',
  basemap: 'basemap',
  lang: 'lang',
  view: 'view',
  height: 'height',
  correctionUrl: 'correction-url',
  correctionEndpoint: 'correction-endpoint',
  directionsUrl: 'directions-url',
  syncUrl: 'sync-url',
};

/** Each field's problem under it (and on the field for screen readers); only a field the webmaster has left. */
function showProblems(problems, touched) {
  for (const name of ['scriptUrl', 'src', 'height', 'correctionUrl', 'correctionEndpoint', 'near', 'radius']) {
    const field = form.elements[name];
    const message = touched.has(name) || name === 'height' ? problems[name] : undefined;
    // An empty feed address is fine while trying things out: the preview shows the sample.
    const shown = name === 'src' && !field.value.trim() ? undefined : message;
    document.getElementById(`${name}-problem`).textContent = shown ?? '';
    field.toggleAttribute('aria-invalid', !!shown);
  }
}

const touched = new Set(['scriptUrl']);
function update(event) {
  if (event?.target?.name && event.type === 'change') touched.add(event.target.name);
  const chosen = choices();
  const problems = checkChoices(chosen);
  showProblems(problems, touched);
  const previewed = { ...chosen, src: problems.src ? SAMPLE_FEED : chosen.src };
  if (problems.height) previewed.height = '';
  if (problems.correctionUrl) previewed.correctionUrl = '';
  if (problems.correctionEndpoint) previewed.correctionEndpoint = '';
  if (problems.radius) previewed.radius = '';
  for (const [key, attribute] of Object.entries(ATTRIBUTE_OF)) {
    let value = previewed[key];
    if (Array.isArray(value)) value = value.join(',');
    if (value === true) preview.setAttribute(attribute, '');
    else if (value) preview.setAttribute(attribute, value);
    else preview.removeAttribute(attribute);
  }
  snippetOut.textContent = embedSnippet(chosen);
}

form.addEventListener('input', update);
form.addEventListener('change', update);
update();

document.getElementById('npm-usage').textContent =
  "import 'leerroutes-kaart';\n\n// of, als één los bestand zonder gedeelde afhankelijkheden:\nimport 'leerroutes-kaart/bundle';";

/** The list without JavaScript for the chosen feed (the sample while none is given) and region. */
document.getElementById('make-fragment').addEventListener('click', async () => {
  const status = document.getElementById('fragment-status');
  const download = document.getElementById('fragment-download');
  const chosen = choices();
  const feed = checkChoices(chosen).src ? SAMPLE_FEED : chosen.src;
  download.hidden = true;
  status.textContent = 'Bezig met het maken van de lijst…';
  try {
    const { fragmentForFeed } = await import('../dist/publish-fragment.js');
    const made = await fragmentForFeed(feed, chosen.region ? [chosen.region] : []);
    if (!made.ok) {
      status.textContent = made.message;
      return;
    }
    if (download.href) URL.revokeObjectURL(download.href);
    download.href = URL.createObjectURL(new Blob([made.html], { type: 'text/html' }));
    download.hidden = false;
    const kb = Math.ceil(made.bytes / 1024);
    status.textContent =
      `${made.routes} ${made.routes === 1 ? 'route' : 'routes'}, ${kb} kB. Plak de inhoud van routes.html tussen ` +
      `<leerroutes-kaart …> en </leerroutes-kaart> in uw code.` +
      (chosen.region ? '' : ' Voor heel Nederland is de lijst groot: kies een regio voor een kleinere lijst.');
  } catch (error) {
    console.error(error);
    status.textContent = 'De lijst kon niet worden gemaakt: het script ervoor kwam niet binnen.';
  }
});

document.getElementById('copy').addEventListener('click', async () => {
  const status = document.getElementById('copied');
  try {
    await navigator.clipboard.writeText(snippetOut.textContent);
    status.textContent = 'De code staat op het klembord.';
  } catch {
    // Clipboard blocked (no https, no permission): select the code so Ctrl+C works.
    getSelection().selectAllChildren(snippetOut);
    status.textContent = 'Kopiëren lukte niet automatisch; de code is geselecteerd, gebruik Ctrl+C.';
  }
});
