import { expect } from '@open-wc/testing';
import { mount, removeMounted, settle, pinColour } from './helpers.js';
import { dlr, glr, leerlab, feedOf, feedUrl } from '../fixtures/feeds.js';

/** The performance timeline's marks of the first frame with pins (README, "Loading"). */
const marks = () => performance.getEntriesByName('leerroutes-kaart:first-pins', 'mark') as PerformanceMark[];

describe('the first frame with pins, on the performance timeline', () => {
  beforeEach(() => performance.clearMarks('leerroutes-kaart:first-pins'));
  afterEach(removeMounted);

  it('is marked once per map, with its number of pins, when the pins are on the canvas', async () => {
    // Three schools: glr() and leerlab() stand elsewhere than dlr().
    const { el } = await mount({ src: feedUrl(feedOf([dlr(), glr(), leerlab()])) });
    expect(marks()).to.have.length(1);
    const [mark] = marks();
    expect((mark!.detail as { pins: number }).pins).to.equal(3);
    expect(mark!.startTime).to.be.at.most(performance.now());
    // What the mark says is there: a pin's colour on the map's canvas (the DLR green).
    const [r, g, b] = pinColour(el, 'brin:12AB-01');
    expect(g, 'green')
      .to.be.above(r + 40)
      .and.above(b + 20);
    el.routeType = 'GLR';
    await settle(el);
    expect(marks(), 'not again for a filter').to.have.length(1);
  });

  it('is not marked for a map without routes, nor for one whose routes all fail the filters', async () => {
    const { el } = await mount({ src: feedUrl(feedOf([])) });
    await settle(el);
    expect(marks()).to.have.length(0);
    removeMounted();
    const { el: filtered } = await mount({ src: feedUrl(feedOf([dlr()])), 'route-type': 'GLR' });
    await settle(filtered);
    expect(marks()).to.have.length(0);
    filtered.routeType = undefined;
    await settle(filtered);
    expect(marks(), 'once a pin shows').to.have.length(1);
  });
});
