/**
 * The `height` attribute, applied through the CSS object model (`--leerroutes-height`), so it works where a CMS
 * strips `style` attributes or a Content-Security-Policy blocks them. Undoes only its own value: the page may set
 * the custom property itself.
 */
export class HeightController {
  private set = false;

  constructor(private readonly host: HTMLElement) {}

  apply(written: string | undefined): void {
    const height = written?.trim();
    if (height && CSS.supports('height', height)) {
      this.host.style.setProperty('--leerroutes-height', height);
      this.set = true;
      return;
    }
    if (height) console.warn(`leerroutes-kaart: height="${height}" is not a CSS length; ignored.`);
    if (this.set) this.host.style.removeProperty('--leerroutes-height');
    this.set = false;
  }
}
