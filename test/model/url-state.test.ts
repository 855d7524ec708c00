import { expect } from '@open-wc/testing';
import { readUrlState, writeUrlState } from '../../src/model/url-state.js';
import { NO_FILTERS } from '../../src/model/filters.js';

describe('url-state: the view in the hash', () => {
  const state = {
    filters: { ...NO_FILTERS, region: ['Twente', 'Zaanstreek/Waterland'], level: ['kb-3'] },
    search: 'zorg & welzijn',
    selected: 'dlr-1',
  };

  it('writes filters, search and the open route under a namespace, and reads them back', () => {
    const hash = writeUrlState('', 'kaart', state);
    expect(hash).to.equal(
      '#kaart.region=Twente,Zaanstreek%2FWaterland&kaart.level=kb-3&kaart.search=zorg%20%26%20welzijn&kaart.selected=dlr-1',
    );
    expect(readUrlState(hash, 'kaart')).to.deep.equal({
      filters: { region: ['Twente', 'Zaanstreek/Waterland'], level: ['kb-3'] },
      search: 'zorg & welzijn',
      selected: 'dlr-1',
    });
  });

  it("keeps the page's own anchor and another map's state", () => {
    const hash = writeUrlState('#contact&andere.region=Zeeland', 'kaart', state);
    expect(hash.startsWith('#contact&andere.region=Zeeland&kaart.region=')).to.equal(true);
    expect(readUrlState(hash, 'andere').filters).to.deep.equal({ region: ['Zeeland'] });
    expect(writeUrlState(hash, 'kaart', { filters: NO_FILTERS, search: '', selected: null })).to.equal(
      '#contact&andere.region=Zeeland',
    );
  });

  it('reads nothing from a hash without its namespace, and survives broken encoding', () => {
    expect(readUrlState('#top', 'kaart')).to.deep.equal({ filters: {} });
    expect(readUrlState('#kaart.search=%E0%A4%A', 'kaart').search).to.equal('%E0%A4%A');
  });
});
