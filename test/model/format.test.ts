import { expect } from '@open-wc/testing';
import { countFormatter, dateFormatter } from '../../src/i18n/format.js';

describe('counts and dates as the interface writes them', () => {
  it('groups digits in threes, like toLocaleString does for nl-NL and en-GB', () => {
    const nl = countFormatter('.');
    const en = countFormatter(',');
    for (const n of [0, 7, 999, 1000, 10000, 123456, 1234567, 100000]) {
      expect(nl(n), String(n)).to.equal(n.toLocaleString('nl-NL'));
      expect(en(n), String(n)).to.equal(n.toLocaleString('en-GB'));
    }
  });

  it('writes a feed date as day, month name and year, like Intl.DateTimeFormat (dateStyle long)', () => {
    const months = Array.from({ length: 12 }, (_, i) =>
      new Intl.DateTimeFormat('nl-NL', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, i, 1))),
    );
    const format = dateFormatter(months);
    for (const iso of ['2026-10-15', '2026-01-01', '2025-12-31']) {
      const expected = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${iso}T00:00:00Z`),
      );
      expect(format(iso)).to.equal(expected);
    }
  });
});
