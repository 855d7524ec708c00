import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse-feed.js';
import { NO_FILTERS } from '../../src/model/filters.js';
import { coverage, coverageCsv, coverageTotals, sortCoverage } from '../../src/model/coverage.js';
import { coverageFeatures, feedOf } from '../fixtures/feeds.js';

function routes() {
  const result = parseFeed(feedOf(coverageFeatures()), 'test');
  if (!result.ok) throw new Error('feed');
  return result.feed.routes;
}

const row = (rows: ReturnType<typeof coverage>, naam: string) => rows.find((r) => r.naam === naam)!;

describe('coverage per arbeidsmarktregio', () => {
  it("counts every region (35), by kind, by the school's region", () => {
    const rows = coverage(routes(), NO_FILTERS, '');
    expect(rows).to.have.length(35);
    expect(row(rows, 'Twente')).to.deep.include({ counts: { DLR: 2, GLR: 0, leerlab: 1 }, total: 3, noDlr: false });
    expect(row(rows, 'Rijnmond')).to.deep.include({ counts: { DLR: 0, GLR: 1, leerlab: 0 }, total: 1, noDlr: true });
    expect(row(rows, 'Zeeland')).to.deep.include({ total: 0, noDlr: true });
    expect(coverageTotals(rows)).to.deep.equal({ counts: { DLR: 3, GLR: 1, leerlab: 1 }, total: 5 });
  });

  it('follows the other filters and the search, not the region filter', () => {
    const zorg = coverage(routes(), { ...NO_FILTERS, profile: ['Z&W'], region: ['Twente'] }, '');
    expect(row(zorg, 'Twente').total).to.equal(1);
    expect(row(zorg, 'Zuid-Limburg').total, 'the region filter does not narrow the table').to.equal(1);
    // "Where is there no zorg route from gl to mbo 2?"
    const zorgMbo2 = coverage(routes(), { ...NO_FILTERS, profile: ['Z&W'], level: ['gl-2'] }, '');
    expect(row(zorgMbo2, 'Twente').noDlr).to.equal(true);
    expect(row(zorgMbo2, 'Zuid-Limburg').noDlr).to.equal(false);
    expect(row(coverage(routes(), NO_FILTERS, 'Rotterdam'), 'Twente').total).to.equal(0);
  });

  it('marks "no DLR" by the DLRs matching the other filters, whatever the soort filter shows', () => {
    const glrOnly = coverage(routes(), { ...NO_FILTERS, routeType: ['GLR'] }, '');
    expect(row(glrOnly, 'Twente')).to.deep.include({ total: 0, noDlr: false });
    expect(row(glrOnly, 'Rijnmond')).to.deep.include({ total: 1, noDlr: true });
  });

  it('sorts by any column, both ways, ties by name', () => {
    const rows = coverage(routes(), NO_FILTERS, '');
    expect(
      sortCoverage(rows, 'total', false)
        .slice(0, 3)
        .map((r) => r.naam),
    ).to.deep.equal(['Twente', 'Rijnmond', 'Zuid-Limburg']);
    expect(sortCoverage(rows, 'naam', true)[0]!.naam).to.equal('Achterhoek');
    expect(sortCoverage(rows, 'naam', false)[0]!.naam).to.equal('Zuidoost-Brabant');
    expect(sortCoverage(rows, 'DLR', true).at(-1)!.naam).to.equal('Twente');
  });

  it('exports CSV for Excel: BOM, ";" and a total row', () => {
    const csv = coverageCsv(coverage(routes(), NO_FILTERS, ''), {
      region: 'Arbeidsmarktregio',
      total: 'Totaal',
      noDlr: 'Nog geen DLR',
      sum: "Alle regio's",
    });
    expect(csv.startsWith('\uFEFFArbeidsmarktregio;DLR;GLR;leerlab;Totaal;Nog geen DLR\r\n')).to.equal(true);
    expect(csv).to.contain('\r\nTwente;2;0;1;3;\r\n');
    expect(csv).to.contain('\r\nRijnmond;0;1;0;1;x\r\n');
    expect(csv).to.contain('\r\nZaanstreek/Waterland;0;0;0;0;x\r\n');
    expect(csv.endsWith("\r\nAlle regio's;3;1;1;5;\r\n")).to.equal(true);
    expect(csv.split('\r\n')).to.have.length(35 + 3);
  });
});
