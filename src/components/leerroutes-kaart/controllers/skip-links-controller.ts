/**
 * The skip links "Naar de kaart" and "Naar de lijst": focus goes to the map, or to the list's current route (in
 * the coverage view, its table), showing it first when map and list are not side by side.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Shown } from '../../../model/view-mode.js';
import type { MapStore } from '../../../model/store.js';
import type { ListVisibilityController } from './list-visibility.js';

export class SkipLinksController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly store: MapStore,
    private readonly list: ListVisibilityController,
    private readonly map: () => HTMLElement | null,
  ) {}

  skipTo = async (target: Shown): Promise<void> => {
    const root = this.host.shadowRoot;
    if (!root) return;
    // In the coverage view both are on screen: "Naar de lijst" goes to its table.
    const coverage = this.store.shown === 'regions';
    const list = coverage ? '.coverage-table button' : '.list-nav [tabindex="0"]';
    if (!coverage) {
      if (target === 'list') this.list.expectShown();
      this.store.show(target);
    }
    const find = () => (target === 'map' ? this.map() : root.querySelector<HTMLElement>(list));
    // A list that was hidden is built once its pane is seen to have a size: a frame or two later.
    for (let frame = 0; frame < 3 && !find(); frame++) {
      await this.host.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    (find() ?? root.querySelector<HTMLElement>('.list-pane'))?.focus();
  };
}
