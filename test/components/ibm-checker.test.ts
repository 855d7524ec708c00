/**
 * A second accessibility engine beside axe: IBM's Equal Access checker (accessibility-checker-engine), which walks
 * open shadow roots. Its WCAG 2.1 rule set over the element in the main states: every finding that is not a pass
 * must be one of the false positives named below (and in docs/ACCESSIBILITY.md), each recognised narrowly.
 */
import 'accessibility-checker-engine/ace-window.js';
import { expect } from '@open-wc/testing';
import { mount, removeMounted, settle, shadow, heardText } from './helpers.js';
import type { LeerroutesKaart } from '../../src/define.js';

interface Finding {
  ruleId: string;
  value: [string, string];
  message: string;
  snippet: string;
  path: { dom: string };
}
interface Checker {
  check(node: Node, policies: string[]): Promise<{ results: Finding[] }>;
}
const ace = (window as unknown as { ace_ibma: { Checker: new () => Checker } }).ace_ibma;

/** The element an IBM finding is about: its XPath walked from the document, through open shadow roots. */
function elementAt(path: string): Element | undefined {
  let node: Element | Document | ShadowRoot = document;
  for (const step of path.split('/').filter(Boolean)) {
    const [, name, index] = /^(.+)\[(\d+)\]$/.exec(step) ?? [];
    if (name === '#document-fragment') {
      const root: ShadowRoot | null | undefined = (node as Element).shadowRoot;
      if (!root) return undefined;
      node = root;
      continue;
    }
    // The checker counts the doctype as the first of the document's nodes ("/html[2]").
    if (node === document) {
      node = document.documentElement;
      continue;
    }
    const same: Element[] = [...node.children].filter((child) => child.localName === name);
    const next = same[Number(index) - 1];
    if (!next) return undefined;
    node = next;
  }
  return node instanceof Element ? node : undefined;
}

const inClosedMenu = (f: Finding) => !!elementAt(f.path.dom)?.closest('details:not([open])');

const SAMPLE = new URL('../../demo/sample-feed.json', import.meta.url).href;

/** The findings we checked by hand and hold to be wrong, each with why (see docs/ACCESSIBILITY.md). */
export const JUSTIFIED: { rule: string; why: string; applies: (finding: Finding) => boolean }[] = [
  {
    rule: 'fieldset_label_valid',
    why: 'a filter’s options while its menu is closed: not rendered and not in the accessibility tree; open, its legend names it (and passes)',
    applies: inClosedMenu,
  },
  {
    rule: 'fieldset_legend_valid',
    why: 'the same: the legend of a closed menu is not rendered, so the checker does not count it',
    applies: inClosedMenu,
  },
  {
    rule: 'input_label_visible',
    why: 'a "potential" finding on the school year select, which has a rendered <label for> with its name',
    applies: (f) => {
      const select = elementAt(f.path.dom);
      const label = select instanceof HTMLSelectElement ? select.labels?.[0] : undefined;
      return f.value[1] === 'POTENTIAL' && !!label?.textContent?.trim() && label.getBoundingClientRect().height > 0;
    },
  },
  {
    rule: 'widget_tabbable_exists',
    why: 'roving tabindex: the list and the view toggle are one Tab stop each, their other buttons are reached with the arrow keys',
    applies: (f) => /tabindex="-1"/.test(f.snippet) && /class="(list-route|list-more|toolbar-view-)/.test(f.snippet),
  },
  {
    rule: 'application_content_accessible',
    why: 'the map (role application) draws pins on a hidden canvas; what it shows is in the list and the panel, and its keys are its description',
    applies: (f) => /role="application"/.test(f.snippet),
  },
  {
    rule: 'style_highcontrast_visible',
    why: 'a reminder to check by hand (done, with forced colours emulated): the canvas keeps its colours, controls keep their borders and focus rings',
    applies: (f) => /class="ol-viewport"|^<leerroutes-kaart/.test(f.snippet),
  },
  {
    rule: 'a_target_warning',
    why: 'the links that open a new window say so in words a screen reader reads ("opent een nieuw venster") and show ↗',
    applies: (f) => {
      const link = elementAt(f.path.dom);
      return !!link && /nieuw venster|new window/.test(link.getAttribute('aria-label') ?? heardText(link));
    },
  },
  {
    rule: 'select_options_grouped',
    why: 'the school years are one flat list; there is nothing to group',
    applies: (f) => /coverage-year-select/.test(f.snippet),
  },
  {
    rule: 'text_sensory_misuse',
    why: 'a route’s description is the publisher’s prose about routes ("zonder extra overstap"), not an instruction that relies on shape or place',
    applies: (f) => /\/section\[\d+\]\/div\[\d+\]\/p\[\d+\]$/.test(f.path.dom),
  },
];

async function findings(el: LeerroutesKaart): Promise<string[]> {
  const report = await new ace.Checker().check(el, ['WCAG_2_1']);
  return report.results
    .filter((finding) => finding.value[1] !== 'PASS')
    .filter((finding) => !JUSTIFIED.some((known) => known.rule === finding.ruleId && known.applies(finding)))
    .map((f) => `${f.value.join('/')} ${f.ruleId}: ${f.message} — ${f.snippet.slice(0, 140)}`);
}

describe('IBM Equal Access checker (WCAG 2.1)', function () {
  this.timeout(60000);
  afterEach(removeMounted);

  const states: { name: string; attributes: Record<string, string>; then?: (el: LeerroutesKaart) => void }[] = [
    { name: 'loaded', attributes: {} },
    { name: 'in the list view, a filter menu open', attributes: { view: 'list' } },
    { name: 'in the coverage view', attributes: { view: 'regions' } },
    { name: 'with a route open', attributes: { selected: 'glr-2024-0039' } },
    { name: 'with a place chosen, in English', attributes: { near: '7511', lang: 'en' } },
  ];
  for (const state of states) {
    it(`finds nothing real ${state.name}`, async () => {
      const { el } = await mount({ src: SAMPLE, ...state.attributes });
      if (state.attributes.view === 'list')
        shadow(el).querySelector<HTMLDetailsElement>('details[data-filter="level"]')!.open = true;
      if (state.attributes.view === 'regions') {
        for (let i = 0; i < 100 && !shadow(el).querySelector('.coverage-table'); i++)
          await new Promise((r) => setTimeout(r, 50));
      }
      await settle(el);
      const found = await findings(el);
      expect(found, found.join('\n')).to.deep.equal([]);
    });
  }

  it('on a phone with the filters open', async () => {
    const { el } = await mount({ src: SAMPLE, selected: 'dlr-2017-0001' });
    el.style.width = '320px';
    await settle(el);
    shadow(el).querySelector<HTMLButtonElement>('.filters-toggle')!.click();
    await settle(el);
    const found = await findings(el);
    expect(found, found.join('\n')).to.deep.equal([]);
  });

  it('does see inside the shadow root (a check that can fail)', async () => {
    const { el } = await mount({ src: SAMPLE });
    const unnamed = document.createElement('button');
    shadow(el).querySelector('.toolbar')!.append(unnamed);
    const found = await findings(el);
    unnamed.remove();
    expect(found.join('\n')).to.match(/button/i);
  });
});
