/**
 * The `height` attribute, applied through the CSS object model (`--leerroutes-height`), so it works where a CMS
 * strips `style` attributes or a Content-Security-Policy blocks them. Undoes only its own value: the page may set
 * the custom property itself.
 */
import { MAX_HEIGHT } from '../../../loader/height-limit.js';

export { MAX_HEIGHT };

export class HeightController {
  private set = false;

  constructor(private readonly host: HTMLElement) {}

  apply(written: string | undefined): void {
    const height = written?.trim();
    if (height && CSS.supports('height', height)) {
      // Never taller than a map can be read at: `height="1e308px"` made the element 33,554,428 px tall.
      this.host.style.setProperty('--leerroutes-height', `min(${height}, ${MAX_HEIGHT})`);
      this.set = true;
      return;
    }
    if (height) console.warn(`leerroutes-kaart: height="${height}" is not a CSS length; ignored.`);
    if (this.set) this.host.style.removeProperty('--leerroutes-height');
    this.set = false;
  }
}
