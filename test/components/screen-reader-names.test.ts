/**
 * What a screen reader is told, read from the browser's own accessibility tree (Chromium's, over the DevTools
 * protocol; the WebDriver browsers expose none): every control has a name, the name contains the words a sighted
 * visitor sees on it (WCAG 2.5.3 label in name), and the main controls are named in words, in the element's language.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { CONTROLS, mount, removeMounted, settle, shadow, seenText, shownToTheEye } from './helpers.js';
import type { LeerroutesKaart } from '../../src/define.js';

const SAMPLE = new URL('../../demo/sample-feed.json', import.meta.url).href;

interface Named {
  control: Element;
  role: string;
  name: string;
  ignored: boolean;
}

/** Each control in the element, with the role and name the accessibility tree gives it. */
async function accessibleNames(test: Mocha.Context, el: LeerroutesKaart): Promise<Named[]> {
  for (let attempt = 0; attempt < 5; attempt++) {
    let tree: { role: string; name: string; ignored: boolean }[];
    try {
      tree = await executeServerCommand('ax-names', { selector: CONTROLS });
    } catch {
      test.skip();
    }
    const controls = [...shadow(el).querySelectorAll(CONTROLS)];
    // Read in one go with the page's own list, unless the element changed in between (then again).
    if (tree.length === controls.length) return controls.map((control, i) => ({ control, ...tree[i]! }));
    await settle(el);
  }
  throw new Error('the controls kept changing while their names were read');
}

/** The words a sighted visitor sees on a control (or, for a field, on its label), without symbols. */
function visibleWords(control: Element): string {
  // A button that holds a whole entry (a route in the list: its name, then its kind and levels in short) is
  // labelled by its name; the rest is spelled out in full for the ear on purpose ("gl" as "gemengde leerweg").
  const labelPart = control.querySelector('[class$="-name"]');
  let text = seenText(labelPart ?? control);
  if (control instanceof HTMLInputElement || control instanceof HTMLSelectElement) {
    const label = control.labels?.[0];
    text = label ? seenText(label.querySelector('.field-label, span') ?? label) : '';
    if (control instanceof HTMLSelectElement) text = text.replace(seenText(control), '');
  }
  return words(text);
}

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const STATES: {
  name: string;
  attributes: Record<string, string>;
  width?: number;
  then?: (el: LeerroutesKaart) => void;
}[] = [
  { name: 'the map and list', attributes: {} },
  { name: 'the coverage view', attributes: { view: 'regions' } },
  { name: 'a route open', attributes: { selected: 'glr-2024-0039' } },
  { name: 'a place chosen, in English', attributes: { near: '7511', lang: 'en' } },
  {
    name: 'a phone with the filters open',
    attributes: { selected: 'dlr-2017-0001' },
    width: 360,
    then: (el) => shadow(el).querySelector<HTMLButtonElement>('.filters-toggle')!.click(),
  },
  {
    name: 'a filter menu open',
    attributes: { view: 'list' },
    then: (el) => (shadow(el).querySelector<HTMLDetailsElement>('details[data-filter="level"]')!.open = true),
  },
];

describe('what a screen reader is told', () => {
  afterEach(removeMounted);

  for (const state of STATES) {
    it(`names every control, with the words seen on it, in ${state.name}`, async function () {
      const { el } = await mount({ src: SAMPLE, ...state.attributes });
      if (state.width) el.style.width = `${state.width}px`;
      await settle(el);
      state.then?.(el);
      await settle(el);
      const problems: string[] = [];
      for (const { control, role, name, ignored } of await accessibleNames(this, el)) {
        // The map is an area; the credits drawn on it are not its label.
        if (!shownToTheEye(control) || ignored || control.matches('.map')) continue;
        const seen = visibleWords(control);
        const what = `<${control.localName} class="${control.getAttribute('class') ?? ''}"> (${role}) "${name}"`;
        if (!name.trim()) problems.push(`${what}: no name`);
        else if (seen && !words(name).includes(seen)) problems.push(`${what}: its name leaves out "${seen}"`);
      }
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  }

  it('says the map’s controls in words, and the fields by their visible names', async function () {
    const { el } = await mount({ src: SAMPLE });
    const named = await accessibleNames(this, el);
    const nameOf = (selector: string) => named.find(({ control }) => control.matches(selector));
    expect(nameOf('.ol-zoom-in')).to.include({ role: 'button', name: 'Inzoomen' });
    expect(nameOf('.ol-zoom-out')).to.include({ role: 'button', name: 'Uitzoomen' });
    expect(nameOf('.map-fullscreen')?.name).to.equal('Volledig scherm');
    expect(nameOf('.map-locate')?.name).to.equal('Mijn locatie');
    expect(nameOf('.toolbar-search input')).to.include({ role: 'searchbox', name: 'Zoeken' });
    expect(nameOf('#place-input')).to.include({ role: 'combobox', name: 'Postcode of plaats' });
    expect(nameOf('.map')?.name).to.equal('Kaart van doorlopende leerroutes');
    const route = nameOf('.list-route');
    expect(route?.name, 'a route in the list: its name and kind, not the keys again').to.match(/route/i);
    expect(route?.name).to.not.match(/Pijltjestoets/);
  });

  it('reads "Terug naar …" without its arrow, and says that "Route plannen" opens a new window', async function () {
    const { el } = await mount({ src: SAMPLE, selected: 'glr-2024-0039' });
    const named = await accessibleNames(this, el);
    const back = named.find(({ control }) => control.matches('.panel-back'));
    expect(back?.name).to.match(/^Terug naar /);
    const plan = named.find(({ control }) => control.matches('.panel-directions, a[target="_blank"]'));
    expect(plan?.name).to.match(/Route plannen.*nieuw venster/);
  });
});
