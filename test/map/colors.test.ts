import { expect } from '@open-wc/testing';
import { DEFAULT_LOOKS, OUTLINE, CLUSTER_FILL, CLUSTER_TEXT } from '../../src/model/kind-looks.js';
import { ROUTE_KINDS } from '../../src/feed/domain.js';

/** WCAG 2.1 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

// Light colours of the PDOK BRT-Achtergrondkaart (land, built-up area, water) and a plain background.
const BASEMAP_COLOURS = ['#ffffff', '#f2f2ef', '#e8eef3', '#d4e4f0', '#e6e6e6'];

describe('pin colours: contrast (WCAG 1.4.3, 1.4.11)', () => {
  it('puts every letter on its pin at 4.5:1 or more', () => {
    for (const kind of ROUTE_KINDS) {
      const look = DEFAULT_LOOKS[kind];
      expect(contrast(look.text, look.fill), kind).to.be.at.least(4.5);
    }
    expect(contrast(CLUSTER_TEXT, CLUSTER_FILL), 'cluster count').to.be.at.least(4.5);
  });

  it('outlines every pin at 3:1 or more against the basemap', () => {
    for (const background of BASEMAP_COLOURS) expect(contrast(OUTLINE, background), background).to.be.at.least(3);
  });

  it('keeps green and blue pins themselves at 3:1 against the basemap', () => {
    for (const background of BASEMAP_COLOURS) {
      expect(contrast(DEFAULT_LOOKS.DLR.fill, background)).to.be.at.least(3);
      expect(contrast(DEFAULT_LOOKS.GLR.fill, background)).to.be.at.least(3);
    }
  });
});
