import { expect } from '@open-wc/testing';
import { mount as mountMap, filterOptionsReady, removeMounted, text, settle } from './helpers.js';
import { dlr, glr, leerlab, feedOf, feedUrl } from '../fixtures/feeds.js';
import type { LeerroutesKaart } from '../../src/define.js';

const feed = () => feedUrl(feedOf([dlr(), glr(), leerlab()]));
const clearHash = () => history.replaceState(null, '', `${location.pathname}${location.search}`);

async function mount(...args: Parameters<typeof mountMap>) {
  const mounted = await mountMap(...args);
  await filterOptionsReady(mounted.el);
  return mounted;
}

function tick(el: LeerroutesKaart, name: string, value: string) {
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${name}"][value="${CSS.escape(value)}"]`)!.click();
}

describe('leerroutes-kaart: deep links with sync-url', () => {
  beforeEach(clearHash);
  afterEach(() => {
    removeMounted();
    clearHash();
  });

  it("keeps filters and the open route in the hash, under the map's own name", async () => {
    const { el } = await mount({ src: feed(), id: 'kaart1', 'sync-url': true });
    tick(el, 'routeType', 'GLR');
    await settle(el);
    expect(location.hash).to.equal('#kaart1.routeType=GLR');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.list-route[data-route="glr-1"]')!.click();
    await settle(el);
    expect(location.hash).to.equal('#kaart1.routeType=GLR&kaart1.selected=glr-1');
  });

  it('reopens the same view from a copied link', async () => {
    history.replaceState(null, '', '#routes.region=Rijnmond&routes.selected=glr-1&routes.search=zorg');
    const { el } = await mount({ src: feed(), 'sync-url': 'routes' });
    expect(el.visibleRouteIds).to.deep.equal(['glr-1']);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[name="region"][value="Rijnmond"]')!.checked).to.equal(
      true,
    );
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!.value).to.equal('zorg');
    expect(text(el, '.panel h2')).to.equal('Zorgroute Rotterdam');
  });

  it('lets two maps share the hash with the page without colliding', async () => {
    history.replaceState(null, '', '#contact');
    const first = await mount({ src: feed(), id: 'noord', 'sync-url': true });
    const second = await mount({ src: feed(), id: 'zuid', 'sync-url': true });
    tick(first.el, 'routeType', 'DLR');
    await settle(first.el);
    tick(second.el, 'routeType', 'leerlab');
    await settle(second.el);
    expect(location.hash).to.equal('#contact&noord.routeType=DLR&zuid.routeType=leerlab');
    expect(first.el.visibleRouteIds).to.deep.equal(['dlr-1']);
    expect(second.el.visibleRouteIds).to.deep.equal(['lab-1']);
    // Unticking removes only that map's part.
    tick(first.el, 'routeType', 'DLR');
    await settle(first.el);
    expect(location.hash).to.equal('#contact&zuid.routeType=leerlab');
  });

  it('follows the hash when the visitor goes back or edits it', async () => {
    const { el } = await mount({ src: feed(), 'sync-url': true });
    location.hash = '#kaart.routeType=DLR&kaart.selected=dlr-1';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await settle(el);
    expect(el.visibleRouteIds).to.deep.equal(['dlr-1']);
    expect(text(el, '.panel h2')).to.equal('Techniekroute Twente');
    location.hash = '#kaart.routeType=GLR';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await settle(el);
    expect(el.visibleRouteIds).to.deep.equal(['glr-1']);
    expect(el.shadowRoot!.querySelector('.panel')).to.equal(null);
  });

  it('leaves the hash alone without sync-url', async () => {
    const { el } = await mount({ src: feed() });
    tick(el, 'routeType', 'GLR');
    await settle(el);
    expect(location.hash).to.equal('');
  });
});
