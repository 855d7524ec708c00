/**
 * The map's credit line while the region outlines are on their way: their credit's room is kept from the start, so
 * that the line does not wrap anew (and move the legend above it) when they arrive, and given back if they fail.
 */
import { expect } from '@open-wc/testing';
import type { MapAdapter } from '../../src/map/map-adapter.js';
import { createRegionLayers } from '../../src/chunks/region-map.js';
import { nl } from '../../src/i18n/nl.js';
import { adapterIn } from './adapter-in.js';

const targets: HTMLElement[] = [];

/** A map of a phone's width, whose credit line wraps once both credits are in it. */
function setUp(): { adapter: MapAdapter; credit: HTMLElement } {
  const { target, adapter } = adapterIn('width: 250px; height: 300px; position: relative; font: 16px/1.4 sans-serif');
  targets.push(target);
  const credit = target.querySelector<HTMLElement>('.ol-attribution')!;
  // A strip along the map's foot, as the interface's dock gives it.
  credit.style.cssText = 'position: absolute; inset-inline: 0; inset-block-end: 0';
  return { adapter, credit };
}

const visibleWords = (credit: HTMLElement) => credit.innerText.replace(/\s+/g, ' ').trim();

describe('map adapter: the credit line while the region outlines come', () => {
  afterEach(() => targets.splice(0).forEach((target) => target.remove()));

  it('keeps the room of the outlines’ credit until they are drawn, then shows it in that room', () => {
    const { adapter, credit } = setUp();
    const before = credit.getBoundingClientRect();
    expect(adapter.credit, 'only the land outline is credited yet').to.equal(nl.attribution.outline);
    expect(visibleWords(credit), 'nothing of the regions shown').to.equal(nl.attribution.outline);
    expect(before.height, 'two lines: the kept words wrap as the shown ones will').to.be.above(30);

    adapter.showRegions((pinsWithin) => createRegionLayers({ pinsWithin }));
    const after = credit.getBoundingClientRect();
    expect(adapter.credit).to.equal(`${nl.attribution.outline} · ${nl.attribution.regions}`);
    expect(visibleWords(credit)).to.equal(`${nl.attribution.outline} · ${nl.attribution.regions}`);
    expect([after.top, after.height], 'the line neither grew nor moved').to.deep.equal([before.top, before.height]);
    adapter.dispose();
  });

  it('gives the room back when the outlines cannot come', () => {
    const { adapter, credit } = setUp();
    const kept = credit.getBoundingClientRect().height;
    adapter.regionsUnavailable();
    expect(adapter.credit).to.equal(nl.attribution.outline);
    expect(credit.getBoundingClientRect().height, 'one line again').to.be.below(kept);
    adapter.dispose();
  });
});
