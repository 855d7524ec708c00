/** The publisher's workbench (publish.html): the page's one script. */
import { render } from 'lit';
import { createWorkbench } from './workbench-state.js';
import { renderWorkbench } from './workbench-view.js';

const root = document.querySelector<HTMLElement>('#workbench')!;
const query = new URLSearchParams(location.search);
const basemap = query.get('basemap') ?? undefined;
// Another address for PDOK Locatieserver (a proxy, or the tests' stand-in); by default PDOK's own.
const pdok = query.get('pdok') ?? undefined;
let queued = false;
const { state, actions } = createWorkbench(
  () => {
    // Several changes in one task draw the page once.
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      render(renderWorkbench(state, actions), root);
      // How many spreadsheets were read: for scripts and tests that wait for the result of a choice.
      root.dataset.reads = String(state.reads);
    });
  },
  basemap,
  pdok,
);
render(renderWorkbench(state, actions), root);
