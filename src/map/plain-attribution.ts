/**
 * The basemap's attribution as plain text. OpenLayers' own Attribution control writes each attribution with
 * `innerHTML`, which a page enforcing Trusted Types (`require-trusted-types-for 'script'`) refuses on every frame;
 * our attributions are our own text, so `textContent` serves, and no policy is needed for them.
 */
import Control from 'ol/control/Control.js';

export class PlainAttribution extends Control {
  private readonly box: HTMLElement;
  private readonly item: HTMLElement;
  private readonly kept = document.createElement('span');
  private shown = '';

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
    // Through the CSS object model: allowed by a strict Content-Security-Policy, as style attributes are not.
    this.kept.style.visibility = 'hidden';
    this.kept.setAttribute('aria-hidden', 'true');
    this.setText('');
  }

  /** Into another element than the map's corner (OpenLayers places a control only when it is added to a map). */
  moveTo(parent: HTMLElement): void {
    if (this.box.parentElement !== parent) parent.append(this.box);
  }

  /**
   * `kept`: words still to come, whose room is kept (laid out, not shown), so that the line does not wrap anew
   * and move what stands above it when they come.
   */
  setText(text: string, kept = ''): void {
    this.shown = text;
    this.item.textContent = text;
    this.kept.textContent = kept;
    if (kept) this.item.append(this.kept);
    this.box.hidden = text === '';
  }

  /** The words shown, without any kept room. */
  get shownText(): string {
    return this.shown;
  }
}
