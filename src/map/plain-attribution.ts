/**
 * The basemap's attribution as plain text. OpenLayers' own Attribution control writes each attribution with
 * `innerHTML`, which a page enforcing Trusted Types (`require-trusted-types-for 'script'`) refuses on every frame;
 * our attributions are our own text, so `textContent` serves, and no policy is needed for them.
 */
import Control from 'ol/control/Control.js';

export class PlainAttribution extends Control {
  private readonly box: HTMLElement;
  private readonly item: HTMLElement;

  constructor() {
    const element = document.createElement('div');
    // OpenLayers' class names, so ol.css and our styles place it as they placed the built-in control.
    element.className = 'ol-attribution ol-unselectable ol-control ol-uncollapsible';
    const list = document.createElement('ul');
    const item = document.createElement('li');
    list.append(item);
    element.append(list);
    super({ element });
    this.box = element;
    this.item = item;
    this.setText('');
  }

  /** Into another element than the map's corner (OpenLayers places a control only when it is added to a map). */
  moveTo(parent: HTMLElement): void {
    if (this.box.parentElement !== parent) parent.append(this.box);
  }

  setText(text: string): void {
    this.item.textContent = text;
    this.box.hidden = text === '';
  }
}
