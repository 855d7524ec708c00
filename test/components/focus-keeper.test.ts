/**
 * Focus never falls to the page: every control that removes, hides or disables itself by its own action hands focus
 * on to where the visitor's next step is (pressed with the keyboard, as a keyboard user does).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mount, removeMounted, settle, shadow, filterOptionsReady } from './helpers.js';
import { coverageFeatures, dlr, feedOf, feedUrl, withValue } from '../fixtures/feeds.js';
import type { LeerroutesKaart } from '../../src/define.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(find: () => T | undefined | null | false, what: string): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const found = find();
    if (found) return found;
    await pause(50);
  }
  throw new Error(`no ${what}`);
}

/** Focuses a control and presses Enter on it; then waits for the element to settle. */
async function press(el: LeerroutesKaart, control: HTMLElement): Promise<void> {
  control.focus();
  // Compared as booleans: chai's message for two elements that differ would print both whole.
  expect(shadow(el).activeElement === control, 'the control has focus').to.equal(true);
  await sendKeys({ press: 'Enter' });
  await settle(el);
  await pause(50);
}

function focused(el: LeerroutesKaart): Element | null {
  expect(document.activeElement?.localName, 'focus stays in the map, not on the page').to.equal('leerroutes-kaart');
  return shadow(el).activeElement;
}

const feed = () =>
  feedUrl(
    feedOf([
      ...coverageFeatures(),
      withValue(withValue(dlr('h1'), 'geometry.coordinates', [6.7931, 52.2658]), 'properties.school', {
        naam: 'College Hengelo',
        brin: '12AD',
        plaats: 'Hengelo',
      }),
    ]),
  );

describe('focus after a control removes or disables itself', () => {
  afterEach(removeMounted);

  it('"Herstel filters" (then disabled) hands focus to the filters', async () => {
    const { el } = await mount({ src: feed() });
    await filterOptionsReady(el);
    shadow(el).querySelector<HTMLInputElement>('.filters-item[data-filter="routeType"] input[value="GLR"]')!.click();
    await settle(el);
    const reset = shadow(el).querySelector<HTMLButtonElement>('.filters-reset')!;
    expect(reset.disabled).to.equal(false);
    await press(el, reset);
    expect(reset.disabled, 'nothing left to reset').to.equal(true);
    expect(focused(el)?.matches('.filters-item summary, .filters-toggle')).to.equal(true);
  });

  it('"Toon alleen Twente" (then gone) hands focus to the list of its routes', async () => {
    const { el } = await mount({ src: feed(), near: '7511' });
    const only = await until(() => shadow(el).querySelector<HTMLButtonElement>('.place-region-button'), 'button');
    await press(el, only);
    expect(!!shadow(el).querySelector('.place-region-button'), 'the button went').to.equal(false);
    expect(focused(el)?.matches('.list-pane')).to.equal(true);
  });

  it('the × that clears the place (then gone) hands focus to the place field', async () => {
    const { el } = await mount({ src: feed(), near: '7511' });
    const clear = await until(() => shadow(el).querySelector<HTMLButtonElement>('.place-clear'), 'the ×');
    await press(el, clear);
    expect(!!shadow(el).querySelector('.place-clear')).to.equal(false);
    expect(focused(el)?.id).to.equal('place-input');
  });

  it('a region chosen in the coverage table (the table then gone) hands focus to the map showing its routes', async () => {
    const { el } = await mount({ src: feed(), view: 'regions' });
    const region = await until(
      () => shadow(el).querySelector<HTMLButtonElement>('tr[data-region="Twente"] .coverage-region'),
      'table',
    );
    await press(el, region);
    expect(!!shadow(el).querySelector('.coverage-table'), 'the table went').to.equal(false);
    expect(focused(el)?.matches('.map')).to.equal(true);
  });

  it('leaves focus alone where the action itself moved it (a route opened from the list)', async () => {
    const { el } = await mount({ src: feed() });
    const route = shadow(el).querySelector<HTMLButtonElement>('[data-route="t1"]')!;
    await press(el, route);
    expect(!!focused(el)?.closest('.panel'), 'the panel took focus').to.equal(true);
  });
});
