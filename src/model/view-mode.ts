/**
 * What the element shows: the `view` attribute (how map and list are laid out) and, where they are not side by
 * side, which of map, list and coverage table is on screen. One rule relates them, here and nowhere else.
 */
import { FIRST_STARTJAAR, LAST_STARTJAAR } from '../feed/limits.js';

/** The `view` attribute: `regions` starts in the coverage view, otherwise laid out as `both`. */
export const VIEWS = ['both', 'map', 'list', 'regions'] as const;
export type View = (typeof VIEWS)[number];
/** What the toggle shows when map and list are not side by side (and whether the coverage view replaces the list). */
export type Shown = 'map' | 'list' | 'regions';
/** How map and list are laid out. */
export type Layout = Exclude<View, 'regions'>;

/** An attribute's value as a view: anything unknown is the default, `both`. */
export function parseView(attribute: string | null | undefined): View {
  return (VIEWS as readonly string[]).includes(attribute ?? '') ? (attribute as View) : 'both';
}

export function layoutOf(view: View): Layout {
  return view === 'regions' ? 'both' : view;
}

/** What a (new) `view` shows first: its own part, and for `both` the map (the toggle's first state on a phone). */
export function shownFor(view: View): Shown {
  return view === 'both' ? 'map' : view;
}

/**
 * The `coverage-year` attribute (and the link's key): a startjaar the feed format allows, or none for every route.
 * Anything else is ignored with a warning that says why.
 */
export function parseCoverageYear(written: string | null | undefined): { value: number | undefined; warning?: string } {
  const text = (written ?? '').trim();
  if (!text) return { value: undefined };
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (year >= FIRST_STARTJAAR && year <= LAST_STARTJAAR) return { value: year };
  return {
    value: undefined,
    warning: `leerroutes-kaart: coverage-year="${text.slice(0, 40)}" is not a startjaar from ${FIRST_STARTJAAR} to ${LAST_STARTJAAR}; every route is counted.`,
  };
}
