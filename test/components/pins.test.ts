import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import {
  mount,
  removeMounted,
  pinColour,
  pagePositionOfPin,
  text,
  settle,
  renderedMarkers,
  drawnMarkers,
} from './helpers.js';
import { dlr, glr, leerlab, feedOf, feedUrl, withValue, routesAtOwnSchools } from '../fixtures/feeds.js';

const isGreen = ([r, g, b]: number[]) => g! > r! + 50 && g! > b! + 30;
const isBlue = ([r, g, b]: number[]) => b! > r! + 80 && b! > g! + 40;
const isYellow = ([r, g, b]: number[]) => r! > 200 && g! > 160 && b! < 80;

describe('leerroutes-kaart: pins on the map', () => {
  afterEach(removeMounted);

  it('draws one pin per school, coloured by kind', async () => {
    const { el, loaded } = await mount({ src: feedUrl(feedOf([dlr(), glr(), leerlab()])) });
    expect(loaded).to.deep.include({ shown: 3, skipped: 0 });
    expect(renderedMarkers(el)).to.deep.equal({ markers: 3, pins: 3 });
    expect(isGreen(pinColour(el, 'brin:12AB-01')), 'DLR pin is green').to.equal(true);
    expect(isBlue(pinColour(el, 'brin:34CD')), 'GLR pin is blue').to.equal(true);
    // The leerlab diamond is narrower at its sides: look just left of the letter.
    expect(isYellow(pinColour(el, 'at:5.6909,50.8514', 6)), 'leerlab pin is yellow').to.equal(true);
    expect(text(el, '.toolbar-count')).to.equal('3 routes');
  });

  it('puts the routes of one school under one pin that shows all its kinds', async () => {
    const sameSchool = withValue(glr('g'), 'properties.school', {
      naam: 'Voorbeeldcollege',
      brin: '12AB',
      vestiging: '01',
    });
    const { el } = await mount({
      src: feedUrl(feedOf([dlr('d'), withValue(sameSchool, 'geometry.coordinates', [6.8937, 52.2215])])),
    });
    expect(renderedMarkers(el)).to.deep.equal({ markers: 1, pins: 1 });
    // Two badges side by side: green on the left, blue on the right (sampled beside their letters).
    expect(isGreen(pinColour(el, 'brin:12AB-01', 16))).to.equal(true);
    expect(isBlue(pinColour(el, 'brin:12AB-01', -16))).to.equal(true);
  });

  it('draws thousands of schools, each its own pin, and a filter narrows them (features and clusters in tasks of their own)', async function () {
    this.timeout(60_000);
    const routes = routesAtOwnSchools(5000);
    const { el, loaded } = await mount({ src: feedUrl(feedOf(routes)) });
    expect(loaded).to.deep.include({ shown: 5000, skipped: 0 });
    expect(renderedMarkers(el).pins, 'every school is on the map').to.equal(5000);
    // Every marker is painted: its centre on the canvas is not transparent.
    const canvas = el.shadowRoot!.querySelector<HTMLCanvasElement>('.pins canvas')!;
    const ratio = canvas.width / canvas.getBoundingClientRect().width;
    const painted = (markers: { pixel: [number, number] }[]) =>
      markers.filter(({ pixel: [x, y] }) => {
        const alpha = canvas.getContext('2d')!.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1)
          .data[3]!;
        return alpha > 0;
      }).length;
    const all = drawnMarkers(el);
    expect(painted(all), 'markers painted').to.equal(all.length);

    // Above each marker's centre: its ring's (or its badge's) colours.
    const coloursAbove = ({ pixel: [x, y] }: { pixel: [number, number] }) => {
      const column = canvas
        .getContext('2d')!
        .getImageData(Math.round(x * ratio), Math.round((y - 30) * ratio), 1, Math.round(30 * ratio)).data;
      const colours = Array.from({ length: column.length / 4 }, (_, k) => [
        column[4 * k]!,
        column[4 * k + 1]!,
        column[4 * k + 2]!,
      ]);
      return { blue: colours.some(isBlue), green: colours.some(isGreen) };
    };
    expect(
      all.some((marker) => coloursAbove(marker).green),
      'green before the filter',
    ).to.equal(true);

    el.setAttribute('route-type', 'GLR');
    await settle(el);
    const glrOnly = drawnMarkers(el);
    expect(
      glrOnly.reduce((sum, marker) => sum + marker.pinIds.length, 0),
      'GLR schools only',
    ).to.equal(1667);
    expect(painted(glrOnly), 'GLR markers painted').to.equal(glrOnly.length);
    expect(glrOnly.map(coloursAbove).filter(({ blue, green }) => blue && !green).length, 'blue markers').to.equal(
      glrOnly.length,
    );
  });

  it('clusters nearby schools at national zoom and opens them up when zoomed in', async () => {
    const { el, loaded } = await mount({ src: '/demo/sample-feed.json' });
    expect(loaded!.shown).to.equal(520);
    const national = renderedMarkers(el);
    expect(national.pins).to.equal(170);
    expect(national.markers).to.be.below(national.pins / 2);

    el.setAttribute('region', 'Twente');
    await settle(el);
    await new Promise((resolve) => setTimeout(resolve, 600));
    await settle(el);
    const regional = renderedMarkers(el);
    expect(regional.pins).to.be.below(national.pins);
    expect(regional.markers / regional.pins).to.be.above(national.markers / national.pins);
  });

  it('zooms into a cluster that is clicked', async () => {
    const { el } = await mount({ src: '/demo/sample-feed.json' });
    const before = renderedMarkers(el).markers;
    const cluster = drawnMarkers(el).find((marker) => marker.pinIds.length > 3)!;
    const map = el.shadowRoot!.querySelector('.map')!.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(map.left + cluster.pixel[0]), Math.round(map.top + cluster.pixel[1])],
    });
    await new Promise((resolve) => setTimeout(resolve, 700));
    await settle(el);
    expect(renderedMarkers(el).markers).to.not.equal(before);
    expect(el.shadowRoot!.querySelector('.panel'), 'a cluster click zooms, it does not open a panel').to.equal(null);
    // The cluster's schools are now drawn further apart.
    const spread = drawnMarkers(el).filter((marker) => marker.pinIds.some((id) => cluster.pinIds.includes(id)));
    expect(spread.length).to.be.above(1);
  });

  it('opens a route when its pin is clicked', async () => {
    const { el } = await mount({ src: feedUrl(feedOf([dlr(), glr()])) });
    const [x, y] = pagePositionOfPin(el, 'brin:34CD');
    await sendMouse({ type: 'click', position: [x, y] });
    await settle(el);
    expect(text(el, '.panel h2')).to.equal('Zorgroute Rotterdam');
    expect(el.selected).to.equal('glr-1');
    expect(el.getAttribute('selected')).to.equal('glr-1');
  });
});
