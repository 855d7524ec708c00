import { expect } from '@open-wc/testing';
import { parseFeed, type Route } from '../../src/feed/parse-feed.js';
import {
  NO_FILTERS,
  applyFilters,
  parseFilterAttribute,
  splitList,
  matchesSearch,
  toggleValue,
  type Filters,
} from '../../src/model/filters.js';
import { dlr, glr, leerlab, feedOf, withValue } from '../fixtures/feeds.js';

// The two halves of applyFilters' one pass, as the tests ask for them.
const filterRoutes = (...args: Parameters<typeof applyFilters>) => applyFilters(...args).visible;
const facetCounts = (...args: Parameters<typeof applyFilters>) => applyFilters(...args).facets;

function routesOf(features: unknown[]): Route[] {
  const result = parseFeed(feedOf(features), 'f');
  if (!result.ok) throw new Error(result.failure.kind);
  return result.feed.routes;
}

const ids = (routes: Route[]) => routes.map((r) => r.id);
const filters = (partial: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...partial });

// Twente DLR (PIE, BWI; kb-3, bb-2), Rijnmond GLR (Z&W; bb-2), Zuid-Limburg leerlab (no profielen or niveaus),
// Achterhoek DLR (Groen; tl-4).
const routes = routesOf([
  dlr('twente'),
  glr('rijnmond'),
  leerlab('lab'),
  dlr(
    'achterhoek',
    {},
    {
      arbeidsmarktregio: 'AM09',
      school: { naam: 'Graafschap', brin: '56EF' },
      profielen: ['Groen'],
      niveaus: [{ van: 'tl', naar: 4 }],
    },
  ),
]);

describe('filters: attribute values', () => {
  it('splits comma-separated lists, trimming blanks', () => {
    expect(splitList(' Twente, AM09 ,,')).to.deep.equal(['Twente', 'AM09']);
    expect(splitList(null)).to.deep.equal([]);
  });

  it('accepts region names and codes in any case, and aliases', () => {
    expect(parseFilterAttribute('region', 'twente,AM09,Food Valley,Nergenshuizen')).to.deep.equal({
      values: ['Twente', 'Achterhoek', 'FoodValley'],
      unknown: ['Nergenshuizen'],
    });
  });

  it('reads profiles, levels and kinds case-insensitively', () => {
    expect(parseFilterAttribute('profile', 'pie, Z&W').values).to.deep.equal(['PIE', 'Z&W']);
    expect(parseFilterAttribute('level', 'KB-3,bb-1').values).to.deep.equal(['kb-3']);
    expect(parseFilterAttribute('level', 'KB-3,bb-1').unknown).to.deep.equal(['bb-1']);
    expect(parseFilterAttribute('routeType', 'dlr,GLR,Leerlab').values).to.deep.equal(['DLR', 'GLR', 'leerlab']);
  });
});

describe('filters: which routes pass', () => {
  it('passes everything without filters', () => {
    expect(ids(filterRoutes(routes, NO_FILTERS))).to.deep.equal(['twente', 'rijnmond', 'lab', 'achterhoek']);
  });

  it('filters on the region of the school, not the regions where a route is active', () => {
    // The Twente route is active in Achterhoek too, but its school is in Twente.
    expect(ids(filterRoutes(routes, filters({ region: ['Achterhoek'] })))).to.deep.equal(['achterhoek']);
  });

  it('combines values within a filter with OR', () => {
    expect(ids(filterRoutes(routes, filters({ region: ['Twente', 'Rijnmond'] })))).to.deep.equal([
      'twente',
      'rijnmond',
    ]);
  });

  it('combines filters with AND', () => {
    expect(ids(filterRoutes(routes, filters({ level: ['bb-2'], routeType: ['DLR'] })))).to.deep.equal(['twente']);
  });

  it('does not let a route without profielen or niveaus pass an active profiel or niveau filter', () => {
    expect(ids(filterRoutes(routes, filters({ profile: ['PIE', 'Z&W', 'Groen'] })))).not.to.include('lab');
    expect(ids(filterRoutes(routes, filters({ level: ['bb-2', 'kb-3', 'tl-4'] })))).not.to.include('lab');
  });

  it('keeps a route with an unknown region out of every region filter, but on the map', () => {
    const odd = routesOf([withValue(dlr('odd'), 'properties.arbeidsmarktregio', 'Atlantis')]);
    expect(filterRoutes(odd, NO_FILTERS)).to.have.length(1);
    expect(filterRoutes(odd, filters({ region: ['Twente'] }))).to.have.length(0);
  });

  it('toggles a value', () => {
    const on = toggleValue(NO_FILTERS, 'profile', 'PIE', true);
    expect(on.profile).to.deep.equal(['PIE']);
    expect(toggleValue(on, 'profile', 'PIE', false).profile).to.deep.equal([]);
  });
});

describe('filters: counts per option', () => {
  it('counts every route for every option without filters', () => {
    const counts = facetCounts(routes, NO_FILTERS);
    expect(counts.routeType.get('DLR')).to.equal(2);
    expect(counts.level.get('bb-2')).to.equal(2);
    expect(counts.region.get('Zuid-Limburg')).to.equal(1);
    expect(counts.profile.get('MVI')).to.equal(undefined);
  });

  it('counts an option of a filter as if it were added, with the other filters applied', () => {
    const counts = facetCounts(routes, filters({ routeType: ['GLR'] }));
    // Within soort: what each kind would add, ignoring the soort filter itself.
    expect(counts.routeType.get('DLR')).to.equal(2);
    expect(counts.routeType.get('GLR')).to.equal(1);
    // Other filters: only the GLR route counts.
    expect(counts.region.get('Rijnmond')).to.equal(1);
    expect(counts.region.get('Twente')).to.equal(undefined);
  });

  it('counts a route with two levels once per level', () => {
    expect(facetCounts(routes, filters({ region: ['Twente'] })).level.get('kb-3')).to.equal(1);
  });
});

describe('filters: text search', () => {
  it('finds routes by naam, school, plaats and the institutions involved, ignoring case and accents', () => {
    expect(ids(filterRoutes(routes, NO_FILTERS, 'zorgroute'))).to.deep.equal(['rijnmond']);
    expect(ids(filterRoutes(routes, NO_FILTERS, 'ENSCHEDE'))).to.deep.equal(['twente']);
    expect(ids(filterRoutes(routes, NO_FILTERS, 'roc voorbeeld'))).to.deep.equal(['twente', 'achterhoek']);
    expect(ids(filterRoutes(routes, NO_FILTERS, 'maascollege'))).to.deep.equal(['lab']);
    const [accented] = routesOf([withValue(dlr('a'), 'properties.naam', 'Coöperatieve route')]);
    expect(matchesSearch(accented!, 'cooperatieve')).to.equal(true);
  });

  it('needs every word to match, and an empty search matches all', () => {
    expect(ids(filterRoutes(routes, NO_FILTERS, 'techniekroute rotterdam'))).to.deep.equal([]);
    expect(ids(filterRoutes(routes, NO_FILTERS, '  '))).to.have.length(4);
  });

  it('combines with the filters and narrows the counts', () => {
    expect(ids(filterRoutes(routes, filters({ routeType: ['DLR'] }), 'voorbeeld'))).to.deep.equal([
      'twente',
      'achterhoek',
    ]);
    const counts = facetCounts(routes, NO_FILTERS, 'zorgroute');
    expect(counts.routeType.get('GLR')).to.equal(1);
    expect(counts.routeType.get('DLR')).to.equal(undefined);
  });
});
