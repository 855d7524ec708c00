/**
 * "Postcode of plaats": the combobox's state (what is typed, the suggestions, the active one), the location module
 * (gazetteer, geocoders, region lookup) loaded on first use, and the visitor's place it sets, from the field, from
 * "Mijn locatie" or from the `near` attribute and links. With `geocoder="pdok"` suggestions come from PDOK
 * Locatieserver (debounced, superseded requests cancelled); when it fails the gazetteer takes over for the rest of
 * the visit, with a quiet notice.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Messages } from '../../../i18n/index.js';
import type { Geocoder, Suggestion } from '../../../location/geocoder.js';
import { MAX_PLACE_TEXT, parseLatLon, type Place } from '../../../model/place.js';
import type { MapStore } from '../../../model/store.js';
import type { TimersController } from './timers.js';

export type LocationModule = typeof import('../../../location/location-module.js');

/** A pause in typing before Locatieserver is asked: one request per word, not per key. */
const PDOK_DEBOUNCE_MS = 250;

export interface LocationOptions {
  messages(): Messages;
  /** `geocoder="pdok"`: Locatieserver's address (its own, or `geocoder-url`); undefined for the gazetteer alone. */
  pdokUrl(): string | undefined;
  /** The place changed: by the visitor (field, "Mijn locatie") when `byVisitor`, else by an attribute or a link. */
  changed(place: Place | undefined, byVisitor: boolean): void;
  announce(text: string): void;
}

export class LocationController {
  /** The field's text. */
  text = '';
  suggestions: Suggestion[] = [];
  /** Index of the suggestion the arrow keys are on; -1: none. */
  active = -1;
  expanded = false;
  /** A quiet word under the field: a place not found, the address search unavailable. */
  notice = '';
  /** The gazetteer's attribution, once it has been used. */
  attribution: string | undefined;

  private module: LocationModule | undefined;
  private loading: Promise<LocationModule> | undefined;
  private request: AbortController | undefined;
  private pdok: { url: string; geocoder: Geocoder } | undefined;
  private pdokFailed = false;
  /** Each place request gets a number: only the newest may set the place. */
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly store: MapStore,
    private readonly timers: TimersController,
    private readonly options: LocationOptions,
  ) {}

  /** The field got focus: the gazetteer starts loading, so the first keystroke finds it there. */
  prepare = (): void => {
    this.load().catch(() => undefined);
  };

  /** The visitor typed. */
  input(written: string): void {
    this.text = written.slice(0, MAX_PLACE_TEXT);
    this.active = -1;
    this.notice = '';
    this.request?.abort();
    this.timers.cancel('place-suggest');
    if (!this.text.trim()) {
      this.collapse();
      this.suggestions = [];
    } else if (this.options.pdokUrl() && !this.pdokFailed) {
      this.timers.later('place-suggest', PDOK_DEBOUNCE_MS, () => void this.suggest());
    } else {
      void this.suggest();
    }
    this.host.requestUpdate();
  }

  onKeydown = (event: KeyboardEvent): void => {
    const count = this.suggestions.length;
    switch (event.key) {
      case 'ArrowDown':
        if (!count) return;
        this.expanded = true;
        this.active = event.altKey ? this.active : (this.active + 1) % count;
        break;
      case 'ArrowUp':
        if (!count || !this.expanded) return;
        this.active = this.active <= 0 ? count - 1 : this.active - 1;
        break;
      case 'Enter':
        if (!this.text.trim()) return;
        if (this.expanded && count) void this.choose(Math.max(0, this.active));
        else void this.submit();
        break;
      case 'Escape':
        // Open: close the list. Closed: empty the field (ARIA combobox pattern). Neither: the panel's Escape.
        if (this.expanded) this.collapse();
        else if (this.text) this.input('');
        else return;
        event.stopPropagation();
        break;
      default:
        return;
    }
    event.preventDefault();
    this.host.requestUpdate();
  };

  /** Focus left the field: the list closes (an option's click keeps focus in the field, see the view). */
  onBlur = (): void => {
    if (!this.expanded) return;
    this.collapse();
    this.host.requestUpdate();
  };

  /** A suggestion chosen (click, or Enter on the active one). */
  async choose(index: number): Promise<void> {
    const suggestion = this.suggestions[index];
    if (!suggestion) return;
    this.collapse();
    this.text = suggestion.label;
    this.host.requestUpdate();
    const generation = ++this.generation;
    const module = await this.load().catch(() => undefined);
    if (!module) return;
    const point = await this.locate(module, suggestion);
    if (generation !== this.generation) return;
    if (!point) {
      this.say(this.options.messages().place.notFound(suggestion.label));
      return;
    }
    this.set(module, { label: suggestion.label, ...point, named: true }, true);
  }

  /** "Wis": no place; the list is ordered as before. */
  clear(): void {
    ++this.generation;
    this.request?.abort();
    this.text = '';
    this.suggestions = [];
    this.notice = '';
    this.collapse();
    if (this.store.place) this.options.changed(undefined, true);
    this.host.requestUpdate();
  }

  /** "Mijn locatie": the device's position becomes the place (never written into a link). */
  async setPosition(lon: number, lat: number): Promise<void> {
    const generation = ++this.generation;
    const module = await this.load().catch(() => undefined);
    if (generation !== this.generation) return;
    const label = this.options.messages().place.myLocation;
    this.text = label;
    this.collapse();
    const place: Place = { label, lon, lat, named: false };
    if (module) this.set(module, place, true);
    else this.options.changed(place, true);
  }

  /**
   * The `near` attribute or a link: a postcode, a place or `lat,lon`; empty removes the place it set. A text that
   * names nothing known is said in the field and on the console, and no place is set.
   */
  async setNear(written: string | null | undefined): Promise<void> {
    const text = (written ?? '').trim().slice(0, MAX_PLACE_TEXT);
    const generation = ++this.generation;
    if (!text) {
      if (this.store.place?.named) {
        this.text = '';
        this.options.changed(undefined, false);
      }
      return;
    }
    if (text === this.store.place?.label) return;
    const module = await this.load().catch(() => undefined);
    if (!module || generation !== this.generation) return;
    const latLon = parseLatLon(text);
    let place: Place | undefined;
    if (latLon) place = { label: text, ...latLon, named: true };
    else if (this.pdokGeocoder(module)) {
      const [first] = await this.suggestWith(module, text, new AbortController().signal);
      const point = first && (await this.locate(module, first));
      if (generation !== this.generation) return;
      if (first && point) place = { label: first.label, ...point, named: true };
    } else {
      // A link's "7511 Enschede" is the postcode; a place name its best match.
      const spot = module.findSpot(text);
      if (spot) place = { label: spot.label, lon: spot.lon, lat: spot.lat, named: true };
    }
    if (!place) {
      console.warn(
        `leerroutes-kaart: near="${text.slice(0, 60)}": no postcode or place of that name; no place is set.`,
      );
      this.text = text;
      this.say(this.options.messages().place.notFound(text.slice(0, 60)));
      return;
    }
    this.text = place.label;
    this.set(module, place, false);
  }

  private set(module: LocationModule, place: Place, byVisitor: boolean): void {
    this.notice = '';
    this.options.changed({ ...place, region: module.regionOfPlace(place.lon, place.lat) }, byVisitor);
    this.host.requestUpdate();
  }

  /** Enter without a list: the best match for the text, if any. */
  private async submit(): Promise<void> {
    const generation = ++this.generation;
    const module = await this.load().catch(() => undefined);
    if (!module || generation !== this.generation) return;
    this.suggestions = await this.suggestWith(module, this.text, new AbortController().signal);
    if (generation !== this.generation) return;
    if (this.suggestions.length) await this.choose(0);
    else this.say(this.options.messages().place.notFound(this.text.slice(0, 60)));
  }

  private async suggest(): Promise<void> {
    const query = this.text;
    this.request?.abort();
    const request = (this.request = new AbortController());
    const module = await this.load().catch(() => undefined);
    if (!module || request.signal.aborted) return;
    const suggestions = await this.suggestWith(module, query, request.signal);
    if (request.signal.aborted || query !== this.text) return;
    this.suggestions = suggestions;
    this.active = -1;
    this.expanded = true;
    const said = this.options.messages().place.suggestions(suggestions.length);
    // None found is shown, not only said: an empty list would look like a field that does nothing.
    if (!suggestions.length) this.notice = said;
    this.options.announce(said);
    this.host.requestUpdate();
  }

  /** The geocoder's suggestions; the gazetteer's when Locatieserver fails (and from then on). */
  private async suggestWith(module: LocationModule, query: string, signal: AbortSignal): Promise<Suggestion[]> {
    const pdok = this.pdokGeocoder(module);
    if (pdok) {
      try {
        return await pdok.suggest(query, signal);
      } catch (error) {
        if (signal.aborted) return [];
        this.fallBack(error);
      }
    }
    return module.gazetteerGeocoder.suggest(query, signal);
  }

  private async locate(module: LocationModule, suggestion: Suggestion) {
    if (suggestion.lon !== undefined) return module.gazetteerGeocoder.locate(suggestion, new AbortController().signal);
    try {
      return await this.pdokGeocoder(module)?.locate(suggestion, new AbortController().signal);
    } catch (error) {
      this.fallBack(error);
      // The address is lost, its postcode or place is not: "Hengelosestraat 1, 7511AB Enschede" -> 7511.
      const postcode = /\b(\d{4})\s?[a-z]{2}\b/i.exec(suggestion.label);
      const spot = module.findSpot(postcode?.[1] ?? suggestion.label.split(',').at(-1) ?? '');
      return spot && { lon: spot.lon, lat: spot.lat };
    }
  }

  private pdokGeocoder(module: LocationModule): Geocoder | undefined {
    const url = this.options.pdokUrl();
    if (!url || this.pdokFailed) return undefined;
    if (this.pdok?.url !== url) this.pdok = { url, geocoder: module.pdokGeocoder(url) };
    return this.pdok.geocoder;
  }

  private fallBack(error: unknown): void {
    this.pdokFailed = true;
    console.warn('leerroutes-kaart: PDOK Locatieserver failed; the built-in postcodes and places are used.', error);
    this.say(this.options.messages().place.geocoderFailed);
  }

  private load(): Promise<LocationModule> {
    this.loading ??= import('../../../location/location-module.js').then(
      (module) => {
        this.module = module;
        this.attribution = module.GAZETTEER_ATTRIBUTION;
        this.host.requestUpdate();
        return module;
      },
      (error: unknown) => {
        this.loading = undefined;
        console.warn('leerroutes-kaart: the postcodes and places could not be loaded.', error);
        this.say(this.options.messages().place.loadFailed);
        throw error;
      },
    );
    return this.loading;
  }

  /** Whether the location module is there (suggestions can be shown within the keystroke's frame). */
  get loaded(): boolean {
    return this.module !== undefined;
  }

  private collapse(): void {
    this.expanded = false;
    this.active = -1;
  }

  private say(notice: string): void {
    this.notice = notice;
    this.host.requestUpdate();
  }
}
