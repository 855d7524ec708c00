// Where corrections may be sent, and the e-mail a visitor sends without an endpoint.
import { expect } from '@open-wc/testing';
import { correctionEndpoint, correctionMailBody } from '../../src/model/correction-mail.js';
import { messagesFor } from '../../src/i18n/index.js';

describe('model: corrections', () => {
  const page = 'https://www.school.nl/routes/kaart.html';
  const origin = 'https://www.school.nl';

  it('takes an https: endpoint anywhere, and a path on the page’s own origin', () => {
    expect(correctionEndpoint('https://api.voorbeeld.nl/correcties', page, origin)).to.deep.equal({
      url: 'https://api.voorbeeld.nl/correcties',
    });
    expect(correctionEndpoint('/api/correcties', page, origin)).to.deep.equal({
      url: 'https://www.school.nl/api/correcties',
    });
    // A page served over http (a test server, an intranet) may post to itself.
    expect(correctionEndpoint('correcties', 'http://localhost:8000/kaart/', 'http://localhost:8000').url).to.equal(
      'http://localhost:8000/kaart/correcties',
    );
    expect(correctionEndpoint('', page, origin)).to.deep.equal({});
    expect(correctionEndpoint(undefined, page, origin)).to.deep.equal({});
  });

  it('refuses http: elsewhere, other schemes, and text that is no URL, saying why', () => {
    for (const written of ['http://api.voorbeeld.nl/c', 'javascript:alert(1)', 'mailto:a@b.nl', 'data:,x']) {
      const refused = correctionEndpoint(written, page, origin);
      expect(refused.url, written).to.equal(undefined);
      expect(refused.problem, written).to.match(/must be an https: address or on this page's own origin/);
    }
    expect(correctionEndpoint('https://[bad', page, origin).problem).to.match(/is not a URL/);
    expect(correctionEndpoint(`https://x.nl/${'a'.repeat(5000)}`, page, origin).url).to.have.length.above(5000);
  });

  it('writes a body to fill in, one labelled line each, the route named', () => {
    expect(correctionMailBody({ id: 'dlr-7', naam: 'Zorgroute' }, undefined, messagesFor('nl'))).to.equal(
      'Vul achter "Veld:" in wat er niet klopt (bijvoorbeeld beschrijving, niveaus of contact) en achter "Voorstel:" wat het moet zijn.\n\n' +
        'Route-id: dlr-7\nRoute: Zorgroute\nVeld: \nVoorstel: \n',
    );
  });
});
