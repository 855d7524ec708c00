/**
 * What the map's frames cost the page (issue 26): its layers share two canvases (map/canvases.ts), so each frame hands
 * two canvases to the compositor however many layers are shown; and an update of the element that changes nothing on
 * the map draws no frame at all.
 */
import { expect, nextFrame } from '@open-wc/testing';
import { mount, removeMounted, adapterOf, settle, shadow, pinColour } from './helpers.js';
import { dlr, glr, feedOf, feedUrl } from '../fixtures/feeds.js';
import type { LeerroutesKaart } from '../../src/define.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The names of the layers the map shows, once the region outlines (loaded after the first pins) are among them. */
async function shownLayers(el: LeerroutesKaart): Promise<string[]> {
  const shown = () =>
    adapterOf(el)
      .layers()
      .filter((layer) => layer.visible && layer.shapes > 0)
      .map((layer) => layer.name);
  for (let i = 0; i < 60 && !shown().includes('regions'); i++) await pause(50);
  await settle(el);
  return shown();
}

describe('leerroutes-kaart: the map’s frames', () => {
  afterEach(removeMounted);

  it('draws the land, the region outlines and a locked region’s mask on one canvas, the pins on another', async () => {
    const { el } = await mount({
      src: feedUrl(feedOf([dlr(), glr()])),
      basemap: 'none',
      region: 'Twente',
      'lock-region': true,
    });
    expect(await shownLayers(el)).to.include.members(['offline-basemap', 'region-mask', 'regions', 'pins']);
    const canvases = shadow(el).querySelectorAll<HTMLCanvasElement>('.ol-layers canvas');
    expect(canvases, 'one canvas for the backdrop, one for the pins').to.have.length(2);
    // Both are drawn on: the land under Twente's part of the map, and a pin in its kind's colour on top.
    const drawnPixels = (canvas: HTMLCanvasElement) =>
      canvas
        .getContext('2d')!
        .getImageData(0, 0, canvas.width, canvas.height)
        .data.filter((value, index) => index % 4 === 3 && value > 0).length;
    expect(drawnPixels(canvases[0]!), 'the backdrop').to.be.above(1000);
    expect(drawnPixels(canvases[1]!), 'the pins').to.be.above(50);
  });

  it('shows the pins above the region outlines and their names', async () => {
    const { el } = await mount({ src: feedUrl(feedOf([dlr()])), basemap: 'none' });
    await shownLayers(el);
    const pinId = adapterOf(el).markers()[0]!.pinIds[0]!;
    // The pin's green (DLR), as read on the top canvas at the pin.
    const [red, green, blue] = pinColour(el, pinId);
    expect(green, `a green pin, not the backdrop: rgb(${red}, ${green}, ${blue})`).to.be.above(red + 40);
  });

  it('draws no frame for an update of the element that changes nothing on the map, and one for a change', async () => {
    const { el } = await mount({ src: feedUrl(feedOf([dlr(), glr()])), basemap: 'none' });
    await shownLayers(el);
    for (let i = 0; i < 3; i++) await nextFrame();
    const adapter = adapterOf(el);
    const before = adapter.framesDrawn;
    for (let i = 0; i < 3; i++) {
      el.requestUpdate();
      await el.updateComplete;
      await nextFrame();
    }
    await nextFrame();
    expect(adapter.framesDrawn - before, 'frames drawn for nothing').to.equal(0);
    el.setAttribute('route-type', 'GLR');
    await el.updateComplete;
    await nextFrame();
    await nextFrame();
    expect(adapter.framesDrawn - before, 'frames drawn for a filter').to.be.above(0);
  });

  it('draws a zoom in one frame, with the pins clustered anew in it', async () => {
    const { el } = await mount({ src: '/demo/sample-feed.json', basemap: 'none' });
    await shownLayers(el);
    for (let i = 0; i < 3; i++) await nextFrame();
    const adapter = adapterOf(el);
    const markersBefore = adapter.markers().length;
    const before = adapter.framesDrawn;
    adapter.lookAt([5.3, 52.1], 10);
    for (let i = 0; i < 4; i++) await nextFrame();
    expect(adapter.framesDrawn - before, 'frames for one zoom').to.equal(1);
    expect(adapter.markers().length, 'clusters made for the new zoom').to.not.equal(markersBefore);
  });
});
