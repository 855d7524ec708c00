import { expect } from '@open-wc/testing';
import { NEW_CAMERA, cameraMove, feedArrived, type CameraLook, type CameraMemory } from '../../src/model/camera.js';

const routesA = new Map();
const routesB = new Map();

function look(change: Partial<CameraLook> = {}): CameraLook {
  return {
    attached: false,
    hasFeed: true,
    visible: routesA,
    region: '',
    panel: undefined,
    selectedPinId: undefined,
    place: undefined,
    regionLocked: false,
    outlinesPending: false,
    pickedOnMap: false,
    visibleCount: 10,
    hasArea: true,
    schoolsInView: 4,
    coverage: false,
    ...change,
  };
}

/** The memory after a feed arrived, the map was created and fitted once: a map a visitor is looking at. */
function settled(): CameraMemory {
  const arrived = feedArrived(NEW_CAMERA, false, true);
  return cameraMove(arrived, look({ attached: true })).memory;
}

describe('camera rules', () => {
  it('rule 1: the map created with a feed fits to the routes at once, without gliding', () => {
    const { move, memory } = cameraMove(feedArrived(NEW_CAMERA, false, true), look({ attached: true }));
    expect(move).to.deep.equal({ type: 'fit', animate: false, toRegion: false });
    expect(memory.fitDue).to.be.false;
    expect(memory.firstFit).to.be.false;
  });

  it('rule 1: without a feed nothing moves, and the fit waits for the feed', () => {
    const { move, memory } = cameraMove(NEW_CAMERA, look({ attached: true, hasFeed: false }));
    expect(move.type).to.equal('stay');
    const arrived = feedArrived(memory, false, true);
    expect(cameraMove(arrived, look()).move).to.deep.equal({ type: 'fit', animate: false, toRegion: false });
  });

  it('rule 1: a new src on a map already fitted glides to the new routes', () => {
    const arrived = feedArrived(settled(), false, false);
    expect(cameraMove(arrived, look({ visible: routesB })).move).to.deep.equal({
      type: 'fit',
      animate: true,
      toRegion: false,
    });
  });

  it('rule 1: a change of the region filter fits again, gliding; the same region again does not', () => {
    const { move, memory } = cameraMove(settled(), look({ region: 'Twente', visible: routesB }));
    expect(move).to.deep.equal({ type: 'fit', animate: true, toRegion: false });
    expect(cameraMove(memory, look({ region: 'Twente', visible: routesB })).move.type).to.equal('stay');
  });

  it('rule 2: a locked region waits for its outline, then fits to it', () => {
    const arrived = feedArrived(NEW_CAMERA, false, true);
    const waiting = cameraMove(arrived, look({ attached: true, regionLocked: true, outlinesPending: true }));
    expect(waiting.move.type).to.equal('wait-for-outlines');
    expect(waiting.memory.fitDue).to.be.true;
    const fitted = cameraMove(waiting.memory, look({ regionLocked: true }));
    expect(fitted.move).to.deep.equal({ type: 'fit', animate: false, toRegion: true });
  });

  it('rule 3: a route opened from the list is revealed with a glide, and may zoom', () => {
    const panel = { type: 'route' as const, routeId: 'r1' };
    const { move } = cameraMove(settled(), look({ panel, selectedPinId: 'p1' }));
    expect(move).to.deep.equal({ type: 'reveal', pinId: 'p1', animate: true, mayZoom: true });
  });

  it('rule 3: a pin picked on the map is only moved out from under the panel', () => {
    const panel = { type: 'pin' as const, pinId: 'p1' };
    const { move } = cameraMove(settled(), look({ panel, selectedPinId: 'p1', pickedOnMap: true }));
    expect(move).to.deep.equal({ type: 'reveal', pinId: 'p1', animate: true, mayZoom: false });
  });

  it('rule 3: the same panel on the next look does not move the map again', () => {
    const panel = { type: 'route' as const, routeId: 'r1' };
    const opened = cameraMove(settled(), look({ panel, selectedPinId: 'p1' }));
    expect(cameraMove(opened.memory, look({ panel, selectedPinId: 'p1' })).move.type).to.equal('stay');
  });

  it('rule 3: closing a panel whose opening zoomed in returns to the view from before, once', () => {
    const panel = { type: 'route' as const, routeId: 'r1' };
    const opened = cameraMove(settled(), look({ panel, selectedPinId: 'p1' }));
    const stillOpen = cameraMove(opened.memory, look({ panel, selectedPinId: 'p1' }));
    expect(stillOpen.memory.zoomedForPanel).to.be.true;
    const closed = cameraMove(stillOpen.memory, look());
    expect(closed.move).to.deep.equal({ type: 'return', animate: true });
    expect(cameraMove(closed.memory, look()).move.type).to.equal('stay');
  });

  it('rule 3: another route opened from an open one still returns to the first view; a pin picked on the map does not', () => {
    const first = { type: 'route' as const, routeId: 'r1' };
    const second = { type: 'route' as const, routeId: 'r2' };
    const opened = cameraMove(settled(), look({ panel: first, selectedPinId: 'p1' }));
    const moved = cameraMove(opened.memory, look({ panel: second, selectedPinId: 'p2', pickedOnMap: true }));
    expect(cameraMove(moved.memory, look()).move.type).to.equal('return');
    const picked = cameraMove(settled(), look({ panel: first, selectedPinId: 'p1', pickedOnMap: true }));
    expect(cameraMove(picked.memory, look()).move.type).to.equal('stay');
  });

  it('rule 3: a move by another rule while the panel is open forgets the view from before', () => {
    const panel = { type: 'route' as const, routeId: 'r1' };
    const opened = cameraMove(settled(), look({ panel, selectedPinId: 'p1' }));
    const refitted = cameraMove(opened.memory, look({ panel, selectedPinId: 'p1', coverage: true }));
    expect(refitted.move.type).to.equal('fit-country');
    expect(cameraMove(refitted.memory, look({ coverage: true })).move.type).to.equal('stay');
  });

  it('rule 3: a route selected before the map exists is shown at once (no glide) when it is created', () => {
    const panel = { type: 'route' as const, routeId: 'r1' };
    const arrived = feedArrived(NEW_CAMERA, false, true);
    const { move } = cameraMove(arrived, look({ attached: true, panel, selectedPinId: 'p1' }));
    expect(move).to.deep.equal({ type: 'reveal', pinId: 'p1', animate: false, mayZoom: true });
  });

  it('rule 4: a new place brings it and its nearest results into view; the same place again does not', () => {
    const { move, memory } = cameraMove(settled(), look({ place: '6.9,52.2,' }));
    expect(move).to.deep.equal({ type: 'fit-near', animate: true });
    expect(cameraMove(memory, look({ place: '6.9,52.2,' })).move.type).to.equal('stay');
    expect(cameraMove(memory, look({ place: '6.9,52.2,10' })).move.type, 'a new radius').to.equal('fit-near');
  });

  it('rule 4: with a place, the fit of a new feed is the fit near the place', () => {
    const arrived = feedArrived(NEW_CAMERA, false, true);
    const { move } = cameraMove(arrived, look({ attached: true, place: '6.9,52.2,' }));
    expect(move).to.deep.equal({ type: 'fit-near', animate: false });
  });

  it('rule 5: a filter that leaves no result in view goes to the results', () => {
    const { move } = cameraMove(settled(), look({ visible: routesB, schoolsInView: 0 }));
    expect(move).to.deep.equal({ type: 'to-results', near: false });
    const near = cameraMove(
      cameraMove(settled(), look({ place: 'p' })).memory,
      look({ place: 'p', visible: routesB, schoolsInView: 0 }),
    );
    expect(near.move).to.deep.equal({ type: 'to-results', near: true });
  });

  it('rule 5: results still in view, or none at all, keep the visitor’s view', () => {
    expect(cameraMove(settled(), look({ visible: routesB, schoolsInView: 2 })).move.type).to.equal('stay');
    expect(cameraMove(settled(), look({ visible: routesB, visibleCount: 0, schoolsInView: 0 })).move.type).to.equal(
      'stay',
    );
  });

  it('rule 5: a background refresh never moves the map, and the next visitor change does again', () => {
    const refreshed = feedArrived(settled(), true, false);
    const { move, memory } = cameraMove(refreshed, look({ visible: routesB, schoolsInView: 0 }));
    expect(move.type).to.equal('stay');
    expect(memory.refreshing).to.be.false;
    expect(cameraMove(memory, look({ visible: routesA, schoolsInView: 0 })).move.type).to.equal('to-results');
  });

  it('rule 6: the coverage view shown shows the whole country, gliding, once', () => {
    const { move, memory } = cameraMove(settled(), look({ coverage: true }));
    expect(move).to.deep.equal({ type: 'fit-country', animate: true });
    expect(cameraMove(memory, look({ coverage: true })).move.type).to.equal('stay');
  });

  it('rule 6: also after a place or a route had zoomed the map in', () => {
    const routePanel = { type: 'route' as const, routeId: 'r1' };
    const withPlace = cameraMove(settled(), look({ place: 'Enschede' })).memory;
    const opened = cameraMove(withPlace, look({ place: 'Enschede', panel: routePanel, selectedPinId: 'pin-1' }));
    expect(opened.move.type).to.equal('reveal');
    const covered = cameraMove(
      opened.memory,
      look({ place: 'Enschede', panel: routePanel, selectedPinId: 'pin-1', coverage: true }),
    );
    expect(covered.move).to.deep.equal({ type: 'fit-country', animate: true });
  });

  it('rule 6: waits for the outlines, then shows the country', () => {
    const waiting = cameraMove(settled(), look({ coverage: true, outlinesPending: true }));
    expect(waiting.move.type).to.equal('wait-for-outlines');
    expect(cameraMove(waiting.memory, look({ coverage: true })).move).to.deep.equal({
      type: 'fit-country',
      animate: true,
    });
  });

  it('rule 6: a map created in the coverage view shows the country at once; leaving the view keeps it', () => {
    const { move, memory } = cameraMove(feedArrived(NEW_CAMERA, false, true), look({ attached: true, coverage: true }));
    expect(move).to.deep.equal({ type: 'fit-country', animate: false });
    expect(cameraMove(memory, look()).move.type).to.equal('stay');
  });

  it('keeps the visitor’s view when nothing the rules look at changed', () => {
    const memory = settled();
    expect(cameraMove(memory, look()).move.type).to.equal('stay');
    expect(cameraMove(memory, look({ schoolsInView: 0 })).move.type, 'a pan away is the visitor’s').to.equal('stay');
  });
});
