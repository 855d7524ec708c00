// Reading corrections as they reach the team: JSON lines, a JSON array, pasted e-mails in either language.
import { expect } from '@open-wc/testing';
import { readCorrections, fieldOf } from '../../src/publish/corrections.js';
import { correctionMailBody } from '../../src/model/correction-mail.js';
import { messagesFor } from '../../src/i18n/index.js';

describe('publish: reading corrections', () => {
  it('reads back what the map writes in a correction e-mail, in Dutch and in English', () => {
    for (const lang of ['nl', 'en']) {
      const body = correctionMailBody(
        { id: 'dlr-7', naam: 'Zorgroute' },
        {
          routeId: 'dlr-7',
          field: 'beschrijving',
          current: 'Oud.\n\nTweede alinea.',
          proposed: 'Nieuw.\n\nOok nieuw.',
          sender: { naam: 'Els', email: 'els@school.nl' },
        },
        messagesFor(lang),
      );
      const { corrections, unreadable } = readCorrections(body);
      expect(unreadable, lang).to.deep.equal([]);
      expect(corrections, lang).to.deep.equal([
        {
          routeId: 'dlr-7',
          field: 'beschrijving',
          current: 'Oud.\n\nTweede alinea.',
          proposed: 'Nieuw.\n\nOok nieuw.',
          senderNaam: 'Els',
          senderEmail: 'els@school.nl',
          source: { kind: 'mail', index: 1 },
        },
      ]);
    }
  });

  it('reads quoted replies, and names mails without a route or a proposal', () => {
    const pasted = [
      '> Route-id: a-1',
      '> Veld: Niveaus',
      '> Voorstel: kb-3',
      '',
      'Route-id: a-2',
      'Veld: naam',
      'Voorstel:',
      '',
      'Route-id:',
      'Voorstel: iets',
    ].join('\n');
    const read = readCorrections(pasted);
    expect(read.corrections.map((c) => [c.routeId, c.field, c.proposed])).to.deep.equal([['a-1', 'Niveaus', 'kb-3']]);
    expect(read.unreadable).to.deep.equal([
      { kind: 'mail', index: 2, reason: 'no-proposal' },
      { kind: 'mail', index: 3, reason: 'no-route' },
    ]);
    expect(fieldOf('Niveaus')).to.equal('niveaus');
    expect(fieldOf("Arbeidsmarktregio's waar de route actief is")).to.equal('arbeidsmarktregios');
    expect(fieldOf('het niveau')).to.equal(undefined);
  });

  it('reads a JSON array and JSON lines; other types and nesting are not read as text', () => {
    const array = JSON.stringify([
      { routeId: 'x', field: 'naam', current: 'Oud', proposed: 'Nieuw' },
      { routeId: { nested: true }, proposed: 'Nieuw' },
      { routeId: 'y', proposed: ['a', 'b'] },
    ]);
    const read = readCorrections(array);
    expect(read.corrections.map((c) => c.routeId)).to.deep.equal(['x']);
    expect(read.unreadable).to.deep.equal([
      { kind: 'json', index: 2, reason: 'no-route' },
      { kind: 'json', index: 3, reason: 'no-proposal' },
    ]);
    const lines = `${JSON.stringify({ routeId: 'z', proposed: 'p', sender: 'not an object' })}\n\n{broken`;
    const fromLines = readCorrections(lines);
    expect(fromLines.corrections).to.deep.equal([
      { routeId: 'z', field: '', current: '', proposed: 'p', source: { kind: 'json', index: 1 } },
    ]);
    expect(fromLines.unreadable).to.deep.equal([{ kind: 'json', index: 3, reason: 'not-json' }]);
  });
});
