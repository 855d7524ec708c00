import { expect } from '@open-wc/testing';
import { REGION_SHAPES, regionAt, distanceToRegionKm, regionShape } from '../../src/regions/regions.js';
import { ARBEIDSMARKTREGIOS, REGION_NAMES_IN_ORDER } from '../../src/feed/domain.js';
import { TOWNS } from '../../demo/towns.mjs';

describe('arbeidsmarktregio outlines', () => {
  it('has the 35 regions of 2025, named and coded as the filters know them, each ring closed', () => {
    expect(REGION_SHAPES.map((shape) => [shape.code, shape.naam]).sort()).to.deep.equal(
      ARBEIDSMARKTREGIOS.map((region) => [region.code, region.naam]).sort(),
    );
    for (const shape of REGION_SHAPES) {
      for (const ring of shape.polygons.flat()) {
        expect(ring[0], `${shape.naam} ring closes`).to.deep.equal(ring.at(-1));
      }
    }
  });

  it('lists the regions in Dutch alphabetical order without a collator (code-unit order is the same for them)', () => {
    const dutch = ARBEIDSMARKTREGIOS.map((region) => region.naam).sort(new Intl.Collator('nl').compare);
    expect(REGION_NAMES_IN_ORDER).to.deep.equal(dutch);
    expect(REGION_NAMES_IN_ORDER[0]).to.equal('Achterhoek');
  });

  it('finds the region of a point, and none at sea or abroad', () => {
    expect(regionAt(6.8937, 52.2215)?.naam, 'Enschede').to.equal('Twente');
    expect(regionAt(4.4777, 51.9244)?.naam, 'Rotterdam').to.equal('Rijnmond');
    expect(regionAt(5.6909, 50.8514)?.naam, 'Maastricht').to.equal('Zuid-Limburg');
    expect(regionAt(6.5625, 52.9925)?.naam, 'Assen lies in Groningen').to.equal('Groningen');
    expect(regionAt(3.5, 52.5), 'North Sea').to.equal(undefined);
    expect(regionAt(7.6, 51.96), 'Münster').to.equal(undefined);
  });

  it('measures how far a point lies from a region', () => {
    expect(distanceToRegionKm('Twente', 6.8937, 52.2215)).to.equal(0);
    // Enschede to Achterhoek's border: some 15 to 30 km.
    const enschede = distanceToRegionKm('Achterhoek', 6.8937, 52.2215)!;
    expect(enschede).to.be.within(5, 40);
    // Amsterdam to Zuid-Limburg: far.
    expect(distanceToRegionKm('Zuid-Limburg', 4.9041, 52.3676)).to.be.above(150);
    expect(distanceToRegionKm('Nergensland', 5, 52)).to.equal(undefined);
  });

  it("puts every town of the demo's table in the region the table gives it", () => {
    for (const [code, towns] of Object.entries(TOWNS)) {
      const naam = ARBEIDSMARKTREGIOS.find((region) => region.code === code)!.naam;
      for (const [town, lon, lat] of towns) {
        expect(
          distanceToRegionKm(naam, lon, lat),
          `${town} in ${naam} (it is in ${regionAt(lon, lat)?.naam})`,
        ).to.equal(0);
      }
    }
    expect(regionShape('Twente')!.bbox[0]).to.be.within(6, 7);
  });
});
