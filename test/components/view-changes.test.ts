/**
 * Each view returns to a view of the map that makes sense for what it shows (camera rule 6: the coverage view shows
 * the whole country), and a combination the element does not show is said on the console.
 */
import { expect } from '@open-wc/testing';
import { mount, removeMounted, adapterOf, settle, shadow } from './helpers.js';
import { coverageFeatures, feedOf, feedUrl } from '../fixtures/feeds.js';
import type { LeerroutesKaart } from '../../src/define.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether a place is on the map's canvas now. */
function inView(el: LeerroutesKaart, lonLat: [number, number]): boolean {
  const adapter = adapterOf(el);
  const [width = 0, height = 0] = adapter.view().size;
  const [x = -1, y = -1] = adapter.pixelAt(lonLat) ?? [];
  return x >= 0 && x <= width && y >= 0 && y <= height;
}

const VLISSINGEN: [number, number] = [3.57, 51.44];
const DELFZIJL: [number, number] = [6.93, 53.33];

describe('views and the map’s camera', () => {
  afterEach(removeMounted);

  it('the coverage view shows the whole country after a place had zoomed the map in', async () => {
    const { el } = await mount({ src: feedUrl(feedOf(coverageFeatures())), near: '7511', radius: '5' });
    for (let i = 0; i < 60 && !el.shadowRoot!.querySelector('.place-bar'); i++) await pause(50);
    await settle(el);
    expect(inView(el, VLISSINGEN), 'zoomed in on Enschede first').to.equal(false);
    shadow(el).querySelector<HTMLButtonElement>('.toolbar-view-regions')!.click();
    for (let i = 0; i < 60 && !shadow(el).querySelector('.coverage-table'); i++) await pause(50);
    await settle(el);
    // The outlines arrive after the table, and the glide to the country follows them (rule 6): up to 8 s in WebKit.
    for (let i = 0; i < 160 && !(inView(el, VLISSINGEN) && inView(el, DELFZIJL)); i++) await pause(50);
    expect([inView(el, VLISSINGEN), inView(el, DELFZIJL)], 'Vlissingen and Delfzijl').to.deep.equal([true, true]);
  });

  it('closing a route opened from the list returns the map to the view from before it', async () => {
    const { el } = await mount({ src: feedUrl(feedOf(coverageFeatures())) });
    const still = async () => {
      await settle(el);
      for (let i = 0; i < 40 && adapterOf(el).view().moving; i++) await pause(50);
    };
    const before = adapterOf(el).view();
    shadow(el).querySelector<HTMLButtonElement>('[data-route="z1"]')!.click();
    await still();
    expect(adapterOf(el).view().zoom, 'the route’s school brought into view, closer').to.be.above(before.zoom);
    shadow(el).querySelector<HTMLButtonElement>('.panel-close')!.click();
    await still();
    const after = adapterOf(el).view();
    expect([after.zoom, ...after.center].map((n) => n.toFixed(2))).to.deep.equal(
      [before.zoom, ...before.center].map((n) => n.toFixed(2)),
    );
  });

  it('says on the console that view="regions" is not shown with lock-region, and shows the region', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const { el } = await mount({
        src: feedUrl(feedOf(coverageFeatures())),
        view: 'regions',
        region: 'Twente',
        'lock-region': true,
      });
      expect(warnings.join('\n')).to.contain('view="regions" is not shown with lock-region');
      expect(!!shadow(el).querySelector('.coverage-table'), 'no coverage table').to.equal(false);
      expect(el.visibleRouteIds.sort()).to.deep.equal(['t1', 't2', 't3']);
      expect(shadow(el).querySelectorAll('.list-route').length, 'the region’s routes listed').to.be.above(0);
    } finally {
      console.warn = warn;
    }
  });
});
