/**
 * The regions on the map: outlines beneath the pins (loaded after the first drawing), credited; the chosen and the
 * pointed-at region drawn stronger; a locked region fitted to its outline with the rest dimmed, also without routes.
 */
import { expect } from '@open-wc/testing';
import { mount, removeMounted, adapterOf, settle, shadow, text, filterOptionsReady } from './helpers.js';
import { dlr, glr, feedOf, feedUrl } from '../fixtures/feeds.js';
import type { LeerroutesKaart } from '../../src/define.js';
import { regionShape } from '../../src/regions/regions.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A layer of the map by its class name: shown or not, and how many shapes it holds. */
function layer(el: LeerroutesKaart, name: string) {
  return adapterOf(el)
    .layers()
    .find((candidate) => candidate.name === name);
}

/** Waits until the outlines have arrived and been drawn. */
async function outlines(el: LeerroutesKaart) {
  for (let i = 0; i < 60 && !layer(el, 'regions'); i++) await pause(50);
  await settle(el);
  const found = layer(el, 'regions');
  if (!found) throw new Error('no region outlines');
  return found;
}

/** Pixels the outline layer drew, and how many of them are the strong accent colour of a chosen region. */
function drawn(el: LeerroutesKaart): { pixels: number; accent: number } {
  const { data } = adapterOf(el).drawnAlone('regions')!.image;
  let pixels = 0;
  let accent = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i + 3]! < 40) continue;
    pixels++;
    // #1d4f91 at full strength: a chosen region's border.
    if (data[i + 3]! > 200 && Math.abs(data[i]! - 29) < 25 && Math.abs(data[i + 1]! - 79) < 25 && data[i + 2]! > 130) {
      accent++;
    }
  }
  return { pixels, accent };
}

type Box = readonly [number, number, number, number];
const width = ([west, , east]: Box) => east - west;
const contains = (outer: Box, inner: Box) =>
  outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3];

describe('leerroutes-kaart: the regions on the map', () => {
  afterEach(removeMounted);

  it('draws the 35 outlines beneath the pins, and credits CBS', async () => {
    const { el } = await mount({ src: feedUrl(feedOf([dlr(), glr()])) });
    const regions = await outlines(el);
    expect(regions.shapes).to.equal(35);
    const layers = adapterOf(el)
      .layers()
      .map((candidate) => candidate.name);
    expect(layers.indexOf('regions'), 'beneath the pins').to.be.below(layers.indexOf('pins'));
    expect(drawn(el).pixels, 'borders drawn').to.be.above(1000);
    expect(adapterOf(el).credit, 'the outlines credited once drawn').to.contain('Regiogrenzen: CBS, CC-BY 4.0');
  });

  it('draws the chosen region, and the one pointed at in the filter, stronger', async () => {
    const { el } = await mount({ src: feedUrl(feedOf([dlr(), glr()])) });
    await outlines(el);
    // Measured against the map without a chosen region (a shared border drawn twice comes near the accent colour).
    const baseline = drawn(el).accent;
    await filterOptionsReady(el);
    const option = shadow(el)
      .querySelector<HTMLInputElement>('input[name="region"][value="Twente"]')!
      .closest('label')!;
    option.dispatchEvent(new MouseEvent('mouseenter'));
    await settle(el);
    expect(drawn(el).accent, 'Twente pointed at').to.be.above(baseline + 100);
    option.dispatchEvent(new MouseEvent('mouseleave'));
    await settle(el);
    expect(drawn(el).accent).to.be.at.most(baseline + 10);
    el.region = 'Twente';
    await settle(el);
    await pause(500);
    await settle(el);
    expect(drawn(el).accent, 'Twente chosen').to.be.above(baseline + 100);
  });

  it('fits a locked region to its whole outline, dims the rest, and tells when it has no routes', async () => {
    // Neither route is in Twente.
    const { el } = await mount({ src: feedUrl(feedOf([glr()])), region: 'Twente', 'lock-region': true });
    await outlines(el);
    await pause(100);
    await settle(el);
    const twente = regionShape('Twente')!.bbox as unknown as Box;
    const view = adapterOf(el).view().extent;
    expect(contains(view, twente), 'the whole of Twente in view').to.equal(true);
    expect(width(view), 'and not much more').to.be.below(width(twente) * 4);
    expect(layer(el, 'region-mask')!.shapes, 'the rest dimmed').to.equal(1);
    expect(text(el, '.map-notice')).to.equal('Nog geen routes in Twente.');
    expect(text(el, '.toolbar-count')).to.equal('0 routes in Twente');
  });
});
