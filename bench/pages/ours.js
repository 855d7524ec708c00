// leerroutes-kaart, measured from "feed text available" to "pins drawn" and from a filter change to the redraw.
import { parseFeed } from '/dist/leerroutes-kaart.standalone.js';

const kaart = document.querySelector('leerroutes-kaart');

window.benchLoad = async (url) => {
  const t0 = performance.now();
  const loaded = new Promise((resolve) => kaart.addEventListener('feed-load', resolve, { once: true }));
  kaart.src = url;
  await loaded;
  await kaart.whenMapRendered();
  return performance.now() - t0;
};

window.benchFilter = async (kind) => {
  const t0 = performance.now();
  kaart.routeType = kind ?? undefined;
  await kaart.updateComplete;
  await kaart.whenMapRendered();
  return performance.now() - t0;
};

/** JSON.parse, then the validation with normalisation (fast path, zod for the rest), without the map. */
window.benchValidate = (text) => {
  const t0 = performance.now();
  const json = JSON.parse(text);
  const t1 = performance.now();
  const result = parseFeed(json, 'bench');
  const t2 = performance.now();
  if (!result.ok || result.feed.skipped) throw new Error('bench feed should be valid');
  return { jsonParse: t1 - t0, validate: t2 - t1 };
};
