/**
 * The camera rules: when the map moves by itself, and when it keeps the visitor's view. Pure: given what the camera
 * remembers and what the store shows now, it says which move to make and what to remember next. The map adapter
 * makes the move; nothing here knows OpenLayers.
 *
 * 1. A new feed (not a background refresh), the map's creation, or a change of the region filter fits the view to
 *    what is shown: the first fit of a feed jumps, later ones glide.
 * 2. A locked region is fitted to its outline: while the outlines are on their way, the fit waits for them.
 * 3. A route or school opened (from the list, `selected`, a link) is revealed beside the panel; one picked on the
 *    map is only moved out from under the panel, never zoomed to. Closing a panel whose opening zoomed the map in
 *    returns to the view from before it (unless another rule moved the map since).
 * 4. A visitor's place (new, or at the fit of rule 1) brings it and its nearest results into view.
 * 5. A search or filter by the visitor that leaves none of the results in view goes to them (near the place first);
 *    a background refresh never moves the map.
 * 6. The coverage view shown (its counts in, and the outlines: it waits for them) shows the whole country, whatever
 *    the map showed before (a place's or a route's zoom would show one region of a map of all of them).
 * Anything else keeps the visitor's view.
 */
import type { Panel } from './store.js';

/** What the camera remembers between two looks at the store. */
export interface CameraMemory {
  /** A fit is due (rule 1) at the next look that can make it. */
  readonly fitDue: boolean;
  /** No fit has been made for the current feed yet: the next one jumps. */
  readonly firstFit: boolean;
  /** The next change of the visible routes comes from a background refresh, not from the visitor. */
  readonly refreshing: boolean;
  /** What was last seen: the visible routes (by identity), the region filter, the panel, the place. */
  readonly visible: unknown;
  readonly region: string | undefined;
  readonly panel: Panel | undefined;
  readonly place: string | undefined;
  /** The coverage view was shown at the last look. */
  readonly coverage: boolean;
  /** An open panel's reveal zoomed the map in: closing it returns to the view from before (rule 3). */
  readonly zoomedForPanel: boolean;
}

export const NEW_CAMERA: CameraMemory = {
  fitDue: false,
  firstFit: true,
  refreshing: false,
  visible: undefined,
  region: undefined,
  panel: undefined,
  place: undefined,
  coverage: false,
  zoomedForPanel: false,
};

/** What the store shows now, as far as the camera cares. */
export interface CameraLook {
  /** The map was created (or created again) just now: everything is new to it. */
  attached: boolean;
  hasFeed: boolean;
  /** The visible routes (compared by identity). */
  visible: unknown;
  /** The effective region filter, as one key. */
  region: string;
  panel: Panel | undefined;
  selectedPinId: string | undefined;
  /** The place and radius as one key; undefined without a place. */
  place: string | undefined;
  regionLocked: boolean;
  /** The region outlines have been asked for and have not arrived (nor failed) yet. */
  outlinesPending: boolean;
  /** The panel was opened by picking a pin on the map. */
  pickedOnMap: boolean;
  visibleCount: number;
  /** The map's area is known and how many visible schools are in it. */
  hasArea: boolean;
  schoolsInView: number;
  /** The coverage view is shown, with its counts. */
  coverage: boolean;
}

export type CameraMove =
  | { type: 'stay' }
  | { type: 'wait-for-outlines' }
  | { type: 'reveal'; pinId: string; animate: boolean; mayZoom: boolean }
  | { type: 'fit-near'; animate: boolean }
  | { type: 'fit'; animate: boolean; toRegion: boolean }
  | { type: 'fit-country'; animate: boolean }
  | { type: 'return'; animate: boolean }
  | { type: 'to-results'; near: boolean };

/** A feed arrived: the first (or the first after none), a new `src`, or a changed one found by a refresh. */
export function feedArrived(memory: CameraMemory, refreshed: boolean, afterNone: boolean): CameraMemory {
  return {
    ...memory,
    firstFit: afterNone ? true : memory.firstFit,
    fitDue: memory.fitDue || !refreshed,
    refreshing: refreshed || memory.refreshing,
  };
}

/** The move for what the store shows now, and what to remember for the next look. */
export function cameraMove(memory: CameraMemory, look: CameraLook): { move: CameraMove; memory: CameraMemory } {
  const visibleChanged = look.visible !== memory.visible;
  const placeChanged = look.place !== memory.place;
  const panelChanged = look.panel !== memory.panel;
  const seen = { visible: look.visible, panel: look.panel, place: look.place, coverage: look.coverage };
  if (!look.hasFeed) return { move: { type: 'stay' }, memory: { ...memory, ...seen } };

  const byVisitor = visibleChanged && !look.attached && !memory.refreshing;
  const regionChanged = memory.region !== undefined && look.region !== memory.region;
  let next: CameraMemory = {
    ...memory,
    ...seen,
    region: look.region,
    refreshing: visibleChanged ? false : memory.refreshing,
    fitDue: memory.fitDue || regionChanged,
  };
  // Rule 2: a locked region's fit waits for its outline.
  if (look.regionLocked && (next.fitDue || look.attached) && look.outlinesPending) {
    return { move: { type: 'wait-for-outlines' }, memory: { ...next, fitDue: true } };
  }
  const firstView = look.attached || next.fitDue;
  const glide = !look.attached && !next.firstFit;
  let move: CameraMove = { type: 'stay' };
  const coverageShown = look.coverage && (firstView || !memory.coverage);
  // Rule 6: the coverage view shows the country; with its outlines, which it may wait for.
  if (coverageShown && look.outlinesPending) {
    return { move: { type: 'wait-for-outlines' }, memory: { ...next, coverage: false } };
  }
  if (coverageShown) {
    move = { type: 'fit-country', animate: glide };
  } else if (look.selectedPinId && (panelChanged || firstView)) {
    move = { type: 'reveal', pinId: look.selectedPinId, animate: !firstView, mayZoom: !look.pickedOnMap };
  } else if (panelChanged && !look.panel && memory.zoomedForPanel) {
    move = { type: 'return', animate: true };
  } else if (look.place !== undefined && (firstView || (placeChanged && !look.attached))) {
    move = { type: 'fit-near', animate: glide };
  } else if (firstView) {
    move = { type: 'fit', animate: glide, toRegion: look.regionLocked };
  } else if (byVisitor && look.visibleCount > 0 && look.hasArea && look.schoolsInView === 0) {
    move = { type: 'to-results', near: look.place !== undefined };
  }
  if (firstView) next = { ...next, fitDue: false, firstFit: false };
  // Only a reveal that zooms, or a further panel opened from it, is returned from; any other move forgets it.
  const zoomedForPanel =
    move.type === 'reveal'
      ? memory.zoomedForPanel || move.mayZoom
      : move.type === 'stay' && !!look.panel && memory.zoomedForPanel;
  next = { ...next, zoomedForPanel };
  return { move, memory: next };
}
