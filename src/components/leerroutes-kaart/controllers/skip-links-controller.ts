/**
 * The skip links "Naar de kaart" and "Naar de lijst": focus goes to the map, or to the list's current route (in
 * the coverage view, its table), showing it first when map and list are not side by side.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Shown } from '../../../model/view-mode.js';
import type { ListVisibilityController } from './list-visibility.js';

export interface SkipLinksOptions {
  shown(): Shown;
  show(shown: Shown): void;
  list: ListVisibilityController;
  root(): ParentNode;
  map(): HTMLElement | null;
}

export class SkipLinksController {
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SkipLinksOptions,
  ) {}

  skipTo = async (target: Shown): Promise<void> => {
    const { options } = this;
    // In the coverage view both are on screen: "Naar de lijst" goes to its table.
    const coverage = options.shown() === 'regions';
    const list = coverage ? '.coverage-table button' : '.list-nav [tabindex="0"]';
    if (!coverage) {
      if (target === 'list') options.list.expectShown();
      options.show(target);
    }
    const find = () => (target === 'map' ? options.map() : options.root().querySelector<HTMLElement>(list));
    // A list that was hidden is built once its pane is seen to have a size: a frame or two later.
    for (let frame = 0; frame < 3 && !find(); frame++) {
      await this.host.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    (find() ?? options.root().querySelector<HTMLElement>('.list-pane'))?.focus();
  };
}
