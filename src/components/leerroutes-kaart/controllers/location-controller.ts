/**
 * "Postcode of plaats": the combobox's state (what is typed, the suggestions, the active one), the location module
 * (gazetteer, geocoders, region lookup) loaded on first use, and the visitor's place it sets, from the field, from
 * "Mijn locatie" or from the `near` attribute and links. With `geocoder="pdok"` suggestions come from PDOK
 * Locatieserver (debounced, superseded requests cancelled); when it fails the gazetteer takes over for the rest of
 * the visit, with a quiet notice.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Messages } from '../../../i18n/index.js';
import type { Suggestion } from '../../../location/geocoder.js';
import type { PlaceFinder } from '../../../location/place-finder.js';
import { MAX_PLACE_TEXT, locationDetail, parseRadius, type Place } from '../../../model/place.js';
import { parseDirectionsTemplate } from '../../../model/directions.js';
import { emit } from '../../../events.js';
import type { MapStore } from '../../../model/store.js';
import type { TimersController } from './timers.js';
import { OnDemand } from './on-demand.js';
import { PDOK_LOCATIESERVER } from '../../../location/pdok.js';

export type LocationModule = typeof import('../../../chunks/location-module.js');

/** A pause in typing before Locatieserver is asked: one request per word, not per key. */
const PDOK_DEBOUNCE_MS = 250;

export interface LocationOptions {
  messages(): Messages;
  /** The place changed: the list starts again from its top. */
  restartList(): void;
  /** The visitor changed the distance or the region filter from the place bar (the store has it already). */
  visitorChanged(): void;
  announce(text: string): void;
}

/** The attributes the place search reads. */
export interface LocationAttributes {
  geocoder: string | undefined;
  geocoderUrl: string | undefined;
  near: string | undefined;
  radius: string | undefined;
  directionsUrl: string | undefined;
}

export class LocationController implements ReactiveController {
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
  /** The "Route plannen" template (`directions-url`), undefined when the links are off. */
  directions: string | undefined = parseDirectionsTemplate(undefined).template;

  private readonly chunk: OnDemand<LocationModule>;
  /** `geocoder="pdok"`: Locatieserver's address (its own, or `geocoder-url`); undefined for the gazetteer alone. */
  private pdokUrl: string | undefined;
  private request: AbortController | undefined;
  private finderFor: { pdokUrl: string | undefined; finder: PlaceFinder } | undefined;
  /** Locatieserver failed once: the field stops waiting for a pause in typing (the gazetteer answers at once). */
  private pdokFailed = false;
  /** Each place request gets a number: only the newest may set the place. */
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly store: MapStore,
    private readonly timers: TimersController,
    private readonly options: LocationOptions,
  ) {
    host.addController(this);
    this.chunk = new OnDemand(host, () => import('../../../chunks/location-module.js'), {
      styles: (module) => module.placeBarStyles,
      arrived: (module) => (this.attribution = module.GAZETTEER_ATTRIBUTION),
      failed: (error) => {
        console.warn('leerroutes-kaart: the postcodes and places could not be loaded.', error);
        this.say(this.options.messages().place.loadFailed);
      },
    });
  }

  /** Removed from the page: a request under way is cancelled, and no answer still coming may set a place. */
  hostDisconnected(): void {
    ++this.generation;
    this.request?.abort();
    this.request = undefined;
    this.timers.cancel('place-suggest');
  }

  /** The place bar's code (it comes with the location chunk), once it is there. */
  get barModule(): LocationModule | undefined {
    return this.chunk.part;
  }

  /** The visitor chose a distance in the place bar. */
  chooseRadius(km: number | undefined): void {
    this.store.setRadius(km);
    this.options.visitorChanged();
  }

  /** The visitor chose the place's region as the region filter. */
  chooseRegion(naam: string): void {
    this.store.setFilters({ ...this.store.filters, region: [naam] });
    this.options.visitorChanged();
  }

  /** `near`, `radius` and `directions-url` changed (a bad value is named on the console and ignored). */
  readAttributes(changed: ReadonlyMap<PropertyKey, unknown>, attributes: LocationAttributes): void {
    if (changed.has('geocoder') || changed.has('geocoderUrl')) {
      const pdok = attributes.geocoder?.trim().toLowerCase() === 'pdok';
      this.pdokUrl = pdok ? attributes.geocoderUrl?.trim() || PDOK_LOCATIESERVER : undefined;
    }
    if (changed.has('radius')) {
      const radius = parseRadius(attributes.radius);
      if (radius.warning) console.warn(radius.warning);
      this.store.setPresetRadius(radius.value);
    }
    if (changed.has('near')) void this.setNear(attributes.near);
    if (changed.has('directionsUrl')) {
      const directions = parseDirectionsTemplate(attributes.directionsUrl);
      if (directions.warning) console.warn(directions.warning);
      this.directions = directions.template;
    }
  }

  /** The field got focus: the gazetteer starts loading, so the first keystroke finds it there. */
  prepare = (): void => {
    this.chunk.load().catch(() => undefined);
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
    } else if (this.pdokUrl && !this.pdokFailed) {
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
        // An option the arrows are on is the visitor's choice; otherwise the best match for the text as it is now
        // (the list may still show the suggestions for fewer letters).
        if (this.expanded && this.active >= 0) void this.choose(this.active);
        else void this.submit();
        break;
      case 'Escape':
        // Open: close the list. Closed: empty the field (ARIA combobox pattern). Neither: the panel's Escape.
        if (this.expanded) this.collapse();
        else if (this.text && this.text === this.store.place?.label) this.clear();
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
    const finder = await this.finder();
    const place = await finder?.place(suggestion);
    if (!finder || generation !== this.generation) return;
    if (place) this.set(place, true);
    else this.say(this.options.messages().place.notFound(suggestion.label));
  }

  /** "Wis": no place; the list is ordered as before. */
  clear(): void {
    ++this.generation;
    this.request?.abort();
    this.text = '';
    this.suggestions = [];
    this.notice = '';
    this.collapse();
    if (this.store.place) this.applyPlace(undefined, true);
    this.host.requestUpdate();
  }

  /** "Mijn locatie": the device's position becomes the place (never written into a link). */
  async setPosition(lon: number, lat: number): Promise<void> {
    const generation = ++this.generation;
    const finder = await this.finder();
    if (generation !== this.generation) return;
    const label = this.options.messages().place.myLocation;
    this.text = label;
    this.collapse();
    // Without the chunk (blocked) the position still counts, without its region.
    this.set(finder?.at(label, lon, lat) ?? { label, lon, lat, named: false }, true);
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
        this.applyPlace(undefined, false);
      }
      return;
    }
    if (text === this.store.place?.label) return;
    const finder = await this.finder();
    const place = await finder?.find(text);
    if (!finder || generation !== this.generation) return;
    if (!place) {
      console.warn(
        `leerroutes-kaart: near="${text.slice(0, 60)}": no postcode or place of that name; no place is set.`,
      );
      this.text = text;
      this.say(this.options.messages().place.notFound(text.slice(0, 60)));
      return;
    }
    this.set(place, false);
  }

  /** A new place (or none): distances and order follow, the page hears of it, the visitor is told. */
  private applyPlace(place: Place | undefined, byVisitor: boolean): void {
    this.store.setPlace(place);
    this.options.restartList();
    this.host.requestUpdate();
    emit(this.host, 'location-change', locationDetail(place));
    if (!byVisitor) return;
    void this.host.updateComplete.then(() => {
      const m = this.options.messages().place;
      this.options.announce(place ? m.chosen(place.label, this.store.visible.length) : m.cleared);
    });
  }

  private set(place: Place, byVisitor: boolean): void {
    this.notice = '';
    this.text = place.label;
    this.applyPlace(place, byVisitor);
    this.host.requestUpdate();
  }

  /** Enter without a list: the best match for the text, if any. */
  private async submit(): Promise<void> {
    const generation = ++this.generation;
    const finder = await this.finder();
    const suggestions = (await finder?.suggest(this.text, new AbortController().signal)) ?? [];
    if (!finder || generation !== this.generation) return;
    this.suggestions = suggestions;
    if (suggestions.length) await this.choose(0);
    else this.say(this.options.messages().place.notFound(this.text.slice(0, 60)));
  }

  private async suggest(): Promise<void> {
    const query = this.text;
    this.request?.abort();
    const request = (this.request = new AbortController());
    const finder = await this.finder();
    if (!finder || request.signal.aborted) return;
    const suggestions = await finder.suggest(query, request.signal);
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

  /** The place finder for the current geocoder setting, once the chunk is there; undefined when it cannot load. */
  private async finder(): Promise<PlaceFinder | undefined> {
    const module = await this.chunk.load().catch(() => undefined);
    if (!module) return undefined;
    const pdokUrl = this.pdokUrl;
    if (!this.finderFor || this.finderFor.pdokUrl !== pdokUrl) {
      const finder = module.createPlaceFinder({
        pdokUrl,
        onFallback: (error) => {
          this.pdokFailed = true;
          console.warn(
            'leerroutes-kaart: PDOK Locatieserver failed; the built-in postcodes and places are used.',
            error,
          );
          this.say(this.options.messages().place.geocoderFailed);
        },
      });
      this.finderFor = { pdokUrl, finder };
    }
    return this.finderFor.finder;
  }

  /** What the field's × would clear (its text, else the place chosen before), or undefined: no ×. */
  get clearable(): string | undefined {
    return this.text || this.store.place?.label || undefined;
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
