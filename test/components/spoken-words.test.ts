/**
 * Words a screen reader reads well, and a focus ring the page cannot add to: controls named in words in the
 * element's language, counts said as counts, arrows and cues seen but not read, a new window said in words and shown.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mount, removeMounted, settle, shadow, seenText, heardText, filterOptionsReady } from './helpers.js';
import { dlr, glr, feedOf, feedUrl } from '../fixtures/feeds.js';

/** Two routes at one school (a route's panel then leads back to the school's), and one other. */
const feed = () => feedUrl(feedOf([dlr('a'), dlr('b'), glr('g')]));

describe('spoken words and focus styling', () => {
  afterEach(() => {
    removeMounted();
    document.getElementById('page-focus-style')?.remove();
  });

  it('names the zoom buttons in words, in the element’s language', async () => {
    const { el } = await mount({ src: feed() });
    const names = () =>
      ['.ol-zoom-in', '.ol-zoom-out'].map((selector) => shadow(el).querySelector(selector)!.getAttribute('aria-label'));
    expect(names()).to.deep.equal(['Inzoomen', 'Uitzoomen']);
    el.setAttribute('lang', 'en');
    // The English texts arrive on demand.
    for (let i = 0; i < 60 && names()[0] !== 'Zoom in'; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(names()).to.deep.equal(['Zoom in', 'Zoom out']);
  });

  it('says a filter option’s count as routes, and shows only the number', async () => {
    const { el } = await mount({ src: feed() });
    await filterOptionsReady(el);
    const label = (value: string) =>
      shadow(el).querySelector(`.filters-item[data-filter="routeType"] input[value="${value}"]`)!.closest('label')!;
    expect(heardText(label('DLR'))).to.match(/\b2 routes$/);
    expect(heardText(label('GLR'))).to.match(/\b1 route$/);
    expect(seenText(label('DLR'))).to.match(/\b2$/);
  });

  it('does not read the back button’s arrow aloud', async () => {
    const { el } = await mount({ src: feed(), selected: 'a' });
    const back = shadow(el).querySelector('.panel-back')!;
    expect(seenText(back)).to.equal('← Terug naar Voorbeeldcollege');
    expect(heardText(back)).to.equal('Terug naar Voorbeeldcollege');
  });

  it('says and shows that "Route plannen" opens a new window', async () => {
    const { el } = await mount({ src: feed(), selected: 'g', near: '7511' });
    for (let i = 0; i < 60 && !shadow(el).querySelector('a.panel-directions'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const link = shadow(el).querySelector<HTMLAnchorElement>('a.panel-directions')!;
    expect(link.target).to.equal('_blank');
    expect(link.getAttribute('aria-label')).to.contain('(opent een nieuw venster)');
    expect(link.getAttribute('aria-label')).to.contain(seenText(link).replace(' ↗', ''));
    expect(seenText(link)).to.equal('Route plannen ↗');
  });

  it('takes no focus outline from the page while a control inside has focus', async () => {
    const style = document.createElement('style');
    style.id = 'page-focus-style';
    style.textContent = ':focus, :focus-within { outline: 2px dashed rgb(255, 0, 0); }';
    document.head.append(style);
    const { el } = await mount({ src: feed() });
    shadow(el).querySelector<HTMLButtonElement>('.filters-item summary')!.focus();
    expect(document.activeElement?.localName).to.equal('leerroutes-kaart');
    expect(getComputedStyle(el).outlineStyle).to.equal('none');
  });
});

describe('open filters and focus', () => {
  afterEach(removeMounted);

  it('closes a filter when Tab leaves its last option, and keeps it open while focus moves inside it', async () => {
    const { el } = await mount({ src: feed() });
    const details = shadow(el).querySelector<HTMLDetailsElement>('.filters-item[data-filter="routeType"]')!;
    const summary = details.querySelector<HTMLElement>('summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(details.open).to.equal(true);
    const boxes = [...details.querySelectorAll<HTMLInputElement>('input:not(:disabled)')];
    boxes[0]!.focus();
    expect(details.open, 'focus moved into the options').to.equal(true);
    boxes.at(-1)!.focus();
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(details.contains(shadow(el).activeElement), 'focus left the filter').to.equal(false);
    expect(details.open, 'and the options closed').to.equal(false);
  });
});

describe('the list’s keys, said once', () => {
  afterEach(removeMounted);

  it('describes the arrow keys on the list as a whole, not again on each of its routes', async () => {
    const { el } = await mount({ src: feed() });
    const group = shadow(el).querySelector('.list-nav')!;
    expect(group.getAttribute('role')).to.equal('group');
    const description = shadow(el).getElementById(group.getAttribute('aria-describedby')!)!;
    expect(description.textContent).to.contain('Pijltjestoetsen omhoog en omlaag');
    expect(shadow(el).getElementById(group.getAttribute('aria-labelledby')!)!.textContent).to.not.equal('');
    const routes = [...shadow(el).querySelectorAll('.list-route')];
    expect(routes).to.have.length(3);
    expect(routes.filter((route) => route.hasAttribute('aria-describedby'))).to.have.length(0);
  });
});

describe('a focus ring on every control', () => {
  afterEach(removeMounted);

  it('shows the same uncut ring on the view toggle and on the zoom buttons', async () => {
    const { el } = await mount({ src: feed(), view: 'regions' });
    // A key pressed first: focus then counts as the keyboard's (:focus-visible).
    await sendKeys({ press: 'Shift' });
    for (const selector of ['.toolbar-views button', '.ol-zoom-in', '.filters-item summary']) {
      const control = shadow(el).querySelector<HTMLElement>(selector)!;
      control.focus();
      const style = getComputedStyle(control);
      expect([style.outlineStyle, style.outlineWidth], selector).to.deep.equal(['solid', '3px']);
      // The ring (3 px, 2 px off the control) lies inside every ancestor that clips, up to the element's frame.
      const box = control.getBoundingClientRect();
      const reach = 5;
      for (
        let clipper = control.parentElement;
        clipper && !clipper.matches('.frame');
        clipper = clipper.parentElement
      ) {
        if (getComputedStyle(clipper).overflow === 'visible') continue;
        const clip = clipper.getBoundingClientRect();
        const inside =
          box.left - reach >= clip.left &&
          box.top - reach >= clip.top &&
          box.right + reach <= clip.right &&
          box.bottom + reach <= clip.bottom;
        expect(inside, `${selector}: its ring is not cut by .${clipper.className.split(' ')[0]}`).to.equal(true);
      }
    }
  });
});

describe('the map’s help, read once', () => {
  afterEach(removeMounted);

  it('is the map’s description, and not also a paragraph in the reading order', async () => {
    const { el } = await mount({ src: feed() });
    const map = shadow(el).querySelector('.map')!;
    const help = shadow(el).getElementById(map.getAttribute('aria-describedby')!)!;
    expect(help.textContent).to.contain('Pijltjestoetsen');
    expect(help.hidden, 'hidden from the reading order; a description may refer to hidden text').to.equal(true);
  });
});
