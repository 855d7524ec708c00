/**
 * A keyboard visitor's way through the element: skip links first, the list as one Tab stop with arrow keys inside,
 * and the map within ten Tab presses of entering the element, in every view (WCAG 2.1.1, 2.4.1, 2.4.3).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mount, removeMounted, settle, shadow } from './helpers.js';
import type { LeerroutesKaart } from '../../src/define.js';

const sample = '/demo/sample-feed.json';
const MAX_STOPS = 10;

const focusedIn = (el: LeerroutesKaart) => shadow(el).activeElement as HTMLElement | null;

let before: HTMLButtonElement;
let after: HTMLButtonElement;

/** A page with a button before and after the element, focus on the one before. */
async function page(attributes: Record<string, string | true>, width = '900px'): Promise<LeerroutesKaart> {
  before = document.createElement('button');
  before.textContent = 'voor de kaart';
  document.body.append(before);
  const { el } = await mount(attributes);
  el.style.width = width;
  after = document.createElement('button');
  after.textContent = 'na de kaart';
  document.body.append(after);
  await settle(el);
  before.focus();
  return el;
}

/** Presses Tab until `done`, or gives up after `limit` presses; returns the presses it took. */
async function tabUntil(done: () => boolean, limit = 60): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await sendKeys({ press: 'Tab' });
    if (done()) return presses;
  }
  return Infinity;
}

/** Shift+Tab, where the browser's driver can hold a key down; false where it cannot. */
async function shiftTab(): Promise<boolean> {
  try {
    await sendKeys({ down: 'Shift' });
  } catch {
    return false;
  }
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
  return true;
}

describe('leerroutes-kaart: keyboard', () => {
  afterEach(() => {
    removeMounted();
    before?.remove();
    after?.remove();
  });

  for (const [name, attributes, width] of [
    ['map and list side by side', {}, '900px'],
    ['map only', { view: 'map' }, '900px'],
    ['a phone (map shown, list behind the toggle)', {}, '390px'],
  ] as const) {
    it(`reaches the map within ${MAX_STOPS} Tab stops of entering the element: ${name}`, async () => {
      const el = await page({ src: sample, ...attributes }, width);
      const map = shadow(el).querySelector('.map');
      const presses = await tabUntil(() => focusedIn(el) === map);
      // The first press enters the element; the stops after it are the ones a visitor passes.
      expect(presses - 1, 'Tab stops from entering the element to the map').to.be.at.most(MAX_STOPS);
    });
  }

  it(`passes the whole list view within ${MAX_STOPS + 1} Tab stops, with 520 routes in it`, async () => {
    const el = await page({ src: sample, view: 'list' });
    expect(shadow(el).querySelectorAll('.list-route').length, 'the list has many routes').to.be.above(50);
    const presses = await tabUntil(() => document.activeElement === after);
    expect(presses - 1).to.be.at.most(MAX_STOPS + 1);
  });

  it('makes the view toggle one Tab stop, its buttons reached with the arrow keys', async () => {
    const el = await page({ src: sample }, '390px');
    const buttons = [...shadow(el).querySelectorAll<HTMLButtonElement>('.toolbar-views button')];
    expect(buttons.map((button) => button.tabIndex)).to.deep.equal([0, -1, -1]);
    buttons[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedIn(el)).to.equal(buttons[1]);
    await sendKeys({ press: 'End' });
    expect(focusedIn(el)).to.equal(buttons[2]);
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedIn(el), 'wraps around').to.equal(buttons[0]);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(buttons[2]!.getAttribute('aria-pressed')).to.equal('true');
    expect(buttons[2]!.tabIndex).to.equal(0);
  });

  it('starts with a skip link to the map that shows when focused', async () => {
    const el = await page({ src: sample });
    await sendKeys({ press: 'Tab' });
    const link = focusedIn(el)!;
    expect(link.textContent!.trim()).to.equal('Naar de kaart');
    expect(link.getBoundingClientRect().width, 'visible when focused').to.be.above(40);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(focusedIn(el)).to.equal(shadow(el).querySelector('.map'));
  });

  it('skips to the list on a phone, showing it first', async () => {
    const el = await page({ src: sample }, '390px');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focusedIn(el)!.textContent!.trim()).to.equal('Naar de lijst');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const route = focusedIn(el)!;
    expect(route.classList.contains('list-route'), 'focus on the first route').to.equal(true);
    expect(route.getBoundingClientRect().height, 'the list is shown').to.be.above(20);
  });

  it('moves through the list with the arrow keys, and leaves it with one Tab', async () => {
    const el = await page({ src: sample, view: 'list' });
    const routes = () => [...shadow(el).querySelectorAll<HTMLElement>('.list-route')];
    expect(
      routes().filter((route) => route.tabIndex === 0),
      'one Tab stop in the list',
    ).to.have.length(1);
    await tabUntil(() => !!focusedIn(el)?.classList.contains('list-route'));
    expect(focusedIn(el)).to.equal(routes()[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedIn(el)).to.equal(routes()[1]);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    expect(focusedIn(el)).to.equal(routes()[1]);
    await sendKeys({ press: 'End' });
    expect(focusedIn(el)!.classList.contains('list-more'), 'End: the "show more" button after the routes').to.equal(
      true,
    );
    await sendKeys({ press: 'Home' });
    expect(focusedIn(el)).to.equal(routes()[0]);
    await sendKeys({ press: 'ArrowDown' });
    // Tab leaves the list; Shift+Tab comes back to the route last focused.
    await sendKeys({ press: 'Tab' });
    expect(focusedIn(el)?.classList.contains('list-route') ?? false).to.equal(false);
    // (WebKit's WebDriver cannot hold Shift down: there, Tab out is checked and Shift+Tab back is not.)
    if (await shiftTab()) expect(focusedIn(el)).to.equal(routes()[1]);
  });
});
