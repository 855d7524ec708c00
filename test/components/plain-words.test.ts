/**
 * Plain words for parents and pupils, and a phone layout that leaves room for the map: the empty state says what to
 * do in the visitor's actual situation (once), the short forms are explained, the legend folds away on a phone and
 * never lies over a notice.
 */
import { expect } from '@open-wc/testing';
import { mount, removeMounted, settle, shadow, text, heardText, searchFor, filterOptionsReady } from './helpers.js';
import { dlr, glr, feedOf, feedUrl } from '../fixtures/feeds.js';
import type { LeerroutesKaart } from '../../src/define.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every element whose own text is this message: it should be said once. */
function places(el: LeerroutesKaart, message: string): Element[] {
  return [...shadow(el).querySelectorAll('.map-notice, .list-empty')].filter(
    (node) => node.textContent!.replace(/\s+/g, ' ').trim() === message,
  );
}

const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('leerroutes-kaart: plain words', () => {
  afterEach(removeMounted);

  describe('an empty result says what to do, once', () => {
    it('after a search without filters: try another word (not "widen the filters")', async () => {
      const { el } = await mount({ src: feedUrl(feedOf([dlr(), glr()])) });
      await searchFor(el, 'xyzzy');
      const message = 'Geen routes voor "xyzzy". Zoek op een ander woord, de naam van een school of een plaats.';
      expect(places(el, message), 'said once, on the map beside the list').to.have.length(1);
      expect(places(el, message)[0]!.classList.contains('map-notice')).to.equal(true);
    });

    it('after filters: turn one off or reset', async () => {
      const { el } = await mount({ src: feedUrl(feedOf([dlr(), glr()])), 'route-type': 'leerlab' });
      expect(places(el, 'Geen routes voor deze keuze. Zet een filter uit of kies Herstel filters.')).to.have.length(1);
    });

    it('after a search and filters: both ways out', async () => {
      const { el } = await mount({ src: feedUrl(feedOf([dlr(), glr()])), 'route-type': 'GLR' });
      await searchFor(el, 'Techniek');
      expect(
        places(
          el,
          'Geen routes voor "Techniek" met deze filters. Zet een filter uit, zoek op een ander woord of kies Herstel filters.',
        ),
      ).to.have.length(1);
    });

    it('in a region embed without routes: no routes there yet (nothing to reset)', async () => {
      const { el } = await mount({ src: feedUrl(feedOf([glr()])), region: 'Twente', 'lock-region': true });
      expect(places(el, 'Nog geen routes in Twente.')).to.have.length(1);
      expect(text(el, '.toolbar-count')).to.equal('0 routes in Twente');
    });

    it('in the list, when the list is all there is', async () => {
      const { el } = await mount({ src: feedUrl(feedOf([dlr(), glr()])), view: 'list', 'route-type': 'leerlab' });
      const found = places(el, 'Geen routes voor deze keuze. Zet een filter uit of kies Herstel filters.');
      expect(found).to.have.length(1);
      expect(found[0]!.classList.contains('list-empty')).to.equal(true);
    });
  });

  it('reads "kb → mbo 3" out in words, and explains the short forms where they appear', async () => {
    const { el } = await mount({ src: feedUrl(feedOf([dlr()])), selected: 'dlr-1' });
    await filterOptionsReady(el);
    const meta = shadow(el).querySelector('.list-route-meta')!;
    expect(heardText(meta)).to.contain('kaderberoepsgerichte leerweg naar mbo niveau 3');
    expect(heardText(meta)).to.not.contain('→');
    for (const where of ['.filters-item[data-filter="level"]', '.panel']) {
      const glossary = shadow(el).querySelector<HTMLDetailsElement>(`${where} .glossary`);
      expect(glossary, `a glossary in ${where}`).to.exist;
      expect(glossary!.querySelector('summary')!.textContent!.trim()).to.equal('Wat betekenen bb, kb, gl, tl?');
      const terms = [...glossary!.querySelectorAll('dt')].map((dt) => [
        dt.textContent,
        dt.nextElementSibling!.textContent,
      ]);
      expect(terms).to.deep.include(['kb', 'kaderberoepsgerichte leerweg']);
      expect(terms).to.deep.include(['mbo 3', 'vakopleiding']);
      expect(terms.map(([term]) => term)).to.include.members(['bb', 'gl', 'tl', 'mbo 2', 'mbo 4', 'DLR', 'GLR']);
    }
  });

  it('in English too', async () => {
    const { el } = await mount({ src: feedUrl(feedOf([dlr()])), lang: 'en' });
    expect(heardText(shadow(el).querySelector('.list-route-meta')!)).to.contain(
      'the advanced vocational track (kb) to mbo level 3',
    );
  });

  describe('on a phone', () => {
    it('folds the legend to its badges, and unfolds it on request', async () => {
      const { el } = await mount({ src: feedUrl(feedOf([dlr()])) });
      el.style.width = '390px';
      await settle(el);
      const legend = shadow(el).querySelector<HTMLElement>('.legend')!;
      const words = () => [...legend.querySelectorAll<HTMLElement>('.legend-text')].filter((t) => t.offsetWidth > 0);
      expect(words(), 'folded').to.have.length(0);
      const toggle = legend.querySelector<HTMLButtonElement>('.legend-toggle')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.click();
      await settle(el);
      expect(words(), 'unfolded').to.have.length(3);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');

      el.style.width = '900px';
      await settle(el);
      expect(toggle.offsetWidth, 'no toggle on a wide map: the legend is always open').to.equal(0);
    });

    for (const width of ['390px', '280px']) {
      it(`keeps the legend and the "basemap failed" notice apart at ${width}`, async function () {
        // Tiles that cannot load take a while to be given up on.
        this.timeout(30000);
        const { el } = await mount({ src: feedUrl(feedOf([dlr()])), basemap: 'pdok' });
        el.style.width = width;
        shadow(el).querySelector<HTMLButtonElement>('.legend-toggle')!.click();
        for (let i = 0; i < 50 && !shadow(el).querySelector('.map-tile-notice'); i++) {
          await pause(100);
          await el.updateComplete;
        }
        await settle(el);
        const notice = shadow(el).querySelector('.map-tile-notice')!.getBoundingClientRect();
        const legend = shadow(el).querySelector('.legend')!.getBoundingClientRect();
        const map = shadow(el).querySelector('.map')!.getBoundingClientRect();
        expect(overlaps(notice, legend), 'legend and notice overlap').to.equal(false);
        expect(notice.right).to.be.at.most(map.right + 0.5);
        expect(legend.top).to.be.at.least(map.top);
      });
    }

    it('keeps the toolbar to three slim rows: filters and search, the place, the toggle and count', async () => {
      const { el } = await mount({ src: feedUrl(feedOf([dlr()])) });
      el.style.width = '390px';
      await settle(el);
      const box = (selector: string) => shadow(el).querySelector(selector)!.getBoundingClientRect();
      const toolbar = box('.toolbar');
      expect(Math.abs(box('.toolbar-search').top - box('.filters-toggle').top), 'one row').to.be.below(4);
      expect(box('.place-search').top, 'the place under them').to.be.above(box('.toolbar-search').bottom - 1);
      expect(box('.toolbar-count').top, 'the count under the place').to.be.above(box('.place-search').bottom - 1);
      // 160 px, and a little more for the fields' names shown in them.
      expect(toolbar.height).to.be.below(172);
    });
  });
});
