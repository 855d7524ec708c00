// The embed builder: form choices -> the live preview's attributes and the snippet to copy.
import { embedSnippet } from './snippet.js';

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
fill(form.elements.region, REGIONS);
fill(form.elements.profile, PROFIELEN);
fill(form.elements.level, LEVELS, (value) => value.replace('-', ' → mbo '));
form.elements.src.value = new URL('sample-feed.json', location.href).href;

function choices() {
  const data = new FormData(form);
  return {
    scriptUrl: new URL('../dist/leerroutes-kaart.js', location.href).href,
    src: data.get('src'),
    region: data.get('region'),
    lockRegion: data.has('lockRegion'),
    routeType: data.getAll('routeType'),
    profile: data.get('profile'),
    level: data.get('level'),
    basemap: data.get('basemap'),
    lang: data.get('lang'),
    view: data.get('view'),
    height: data.get('height'),
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
  basemap: 'basemap',
  lang: 'lang',
  view: 'view',
  height: 'height',
  syncUrl: 'sync-url',
};

function update() {
  const chosen = choices();
  for (const [key, attribute] of Object.entries(ATTRIBUTE_OF)) {
    let value = chosen[key];
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
