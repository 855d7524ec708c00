/**
 * Results always in view: a search or filter whose results are all elsewhere moves the map to them; results partly
 * out of view get a button; the list beside the map follows the map; a pin tapped under a phone's bottom sheet is
 * moved above it; one result keeps some surroundings in view.
 */
import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import {
  mount,
  removeMounted,
  adapterOf,
  whenStill as mapStill,
  pixelOfPin,
  settle,
  shadow,
  text,
  pagePositionOfPin,
  searchFor,
} from './helpers.js';
import { dlr, feedOf, feedUrl } from '../fixtures/feeds.js';
import type { LeerroutesKaart } from '../../src/define.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One DLR per place, each its own school, named after the place. */
const PLACES: [string, number, number][] = [
  ['Rotterdam', 4.4777, 51.9244],
  ['Schiedam', 4.3989, 51.9192],
  ['Delft', 4.3571, 52.0116],
  ['Dordrecht', 4.6901, 51.8133],
  ['Groningen', 6.5665, 53.2194],
  ['Hoogezand', 6.7614, 53.1613],
  ['Maastricht', 5.6909, 50.8514],
  ['Enschede', 6.8937, 52.2215],
  ['Amsterdam', 4.9041, 52.3676],
];

function placesFeed(): string {
  return feedUrl(
    feedOf(
      PLACES.map(([place, lon, lat], i) =>
        dlr(
          `dlr-${place.toLowerCase()}`,
          { geometry: { type: 'Point', coordinates: [lon, lat] } },
          {
            naam: `Route ${place}`,
            school: { naam: `College ${place}`, brin: `${10 + i}AA`, plaats: place },
            arbeidsmarktregio: 'Rijnmond',
            arbeidsmarktregios: ['Rijnmond'],
          },
        ),
      ),
    ),
  );
}

/** Moves the map as a visitor would (no animation), and waits until the element has followed. */
async function lookAt(el: LeerroutesKaart, lon: number, lat: number, zoom: number): Promise<void> {
  adapterOf(el).lookAt([lon, lat], zoom);
  await settle(el);
  await pause(50);
  await settle(el);
}

async function whenStill(el: LeerroutesKaart): Promise<void> {
  await mapStill(el);
  await pause(30);
  await settle(el);
}

function onMap(el: LeerroutesKaart, pinId: string): boolean {
  const pixel = pixelOfPin(el, pinId);
  const [width, height] = adapterOf(el).view().size;
  return !!pixel && pixel[0] >= 0 && pixel[0] <= width && pixel[1] >= 0 && pixel[1] <= height;
}

const listedSchools = (el: LeerroutesKaart) =>
  [...shadow(el).querySelectorAll('.list-school-name')].map((h) => h.textContent!.replace(/\s+/g, ' ').trim());

describe('leerroutes-kaart: results always in view', () => {
  afterEach(removeMounted);

  it('moves the map to the results of a search when none of them is in view', async () => {
    const { el } = await mount({ src: placesFeed() });
    await lookAt(el, 4.45, 51.92, 11);
    expect(onMap(el, 'brin:14AA'), 'Groningen is out of view first').to.equal(false);
    await searchFor(el, 'Groningen');
    expect(text(el, '.toolbar-count')).to.equal('1 van 9 routes');
    expect(onMap(el, 'brin:14AA'), 'the map went to Groningen').to.equal(true);
  });

  it('keeps the view when some results are in it, and offers a button that shows them all', async () => {
    const { el } = await mount({ src: placesFeed() });
    await lookAt(el, 4.45, 51.92, 11);
    const before = adapterOf(el).view().center;
    // "dam": Rotterdam and Schiedam are in view, Amsterdam is not.
    await searchFor(el, 'dam');
    expect(text(el, '.toolbar-count')).to.equal('3 van 9 routes');
    expect(adapterOf(el).view().center, 'the view stayed').to.deep.equal(before);
    const button = shadow(el).querySelector<HTMLButtonElement>('.map-outside');
    expect(button, 'a button names the routes out of view').to.exist;
    expect(button!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('1 route buiten beeld: toon alle');
    button!.click();
    await whenStill(el);
    for (const id of ['brin:10AA', 'brin:11AA', 'brin:18AA']) expect(onMap(el, id), `${id} in view`).to.equal(true);
    expect(shadow(el).querySelector('.map-outside'), 'nothing left out of view').to.equal(null);
  });

  it('lists the schools in the map view beside it, nearest to its centre first, and the rest on request', async () => {
    const { el } = await mount({ src: placesFeed() });
    await lookAt(el, 4.47, 51.92, 10);
    const inView = listedSchools(el);
    expect(inView[0], 'the school at the centre comes first').to.equal('College Rotterdam, Rotterdam');
    expect(inView).to.not.include('College Groningen, Groningen');
    const more = shadow(el).querySelector<HTMLButtonElement>('.list-outside');
    expect(more?.textContent?.replace(/\s+/g, ' ').trim()).to.match(/^Toon ook [1-9] scholen buiten beeld$/);
    more!.click();
    await settle(el);
    expect(listedSchools(el)).to.have.length(PLACES.length);
    // Further away, further down: Maastricht and Groningen after Delft.
    const order = listedSchools(el);
    expect(order.indexOf('College Delft, Delft')).to.be.below(order.indexOf('College Groningen, Groningen'));

    // Panning elsewhere reorders: now Groningen is nearest.
    await lookAt(el, 6.57, 53.22, 10);
    expect(listedSchools(el)[0]).to.equal('College Groningen, Groningen');
  });

  it('lists every school A–Z when the list is shown without the map', async () => {
    const { el } = await mount({ src: placesFeed(), view: 'list' });
    await settle(el);
    expect(listedSchools(el)).to.have.length(PLACES.length);
    expect(listedSchools(el)[0]).to.equal('College Amsterdam, Amsterdam');
    expect(shadow(el).querySelector('.list-outside')).to.equal(null);
  });

  it('keeps some surroundings around a single result', async () => {
    const { el } = await mount({ src: placesFeed() });
    await searchFor(el, 'Maastricht');
    expect(onMap(el, 'brin:16AA')).to.equal(true);
    expect(adapterOf(el).view().zoom).to.be.at.most(11);
  });

  it('moves a pin tapped on a phone out from under the bottom sheet', async () => {
    const { el } = await mount({ src: placesFeed() });
    el.style.width = '390px';
    el.style.setProperty('--leerroutes-height', '560px');
    await settle(el);
    // Put Maastricht low on the map, where the sheet will cover it.
    const [width, height] = adapterOf(el).view().size;
    adapterOf(el).lookAt([5.6909, 50.8514], 9, [width / 2 + 100, height - 80]);
    await settle(el);
    expect(pixelOfPin(el, 'brin:16AA')![1], 'the pin stands low on the map').to.be.above(height - 100);
    expect(width).to.be.below(400);
    const [x, y] = pagePositionOfPin(el, 'brin:16AA');
    await sendMouse({ type: 'click', position: [x, y] });
    await whenStill(el);
    const panel = shadow(el).querySelector('.panel')!.getBoundingClientRect();
    const mapBox = shadow(el).querySelector('.map')!.getBoundingClientRect();
    expect(text(el, '.panel-title')).to.equal('Route Maastricht');
    const pinY = mapBox.top + pixelOfPin(el, 'brin:16AA')![1];
    expect(pinY, 'the pin is above the sheet').to.be.below(panel.top);
    expect(pinY, 'and on the map').to.be.above(mapBox.top);
  });
});
