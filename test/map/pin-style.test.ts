import { expect } from '@open-wc/testing';
import type Icon from 'ol/style/Icon.js';
import { PinStyles } from '../../src/map/pin-style.js';
import { DEFAULT_LOOKS } from '../../src/model/kind-looks.js';

const canvasOf = (style: { getImage(): unknown }) => (style.getImage() as Icon).getImage(1) as HTMLCanvasElement;

/** The pixels of a style's own image: its part of the sprite sheet it is drawn on. */
function pixelsOf(style: { getImage(): unknown }): Uint8ClampedArray {
  const icon = style.getImage() as Icon;
  const [x, y] = icon.getOrigin()!;
  const [width, height] = icon.getSize()!;
  return canvasOf(style).getContext('2d')!.getImageData(x!, y!, width!, height!).data;
}

describe('PinStyles: cluster images', () => {
  it('shares the ring between clusters whose mix rounds alike, and the number between any mixes', () => {
    const styles = new PinStyles(DEFAULT_LOOKS);
    const [ringA, ...labelA] = styles.cluster(130, { DLR: 65, GLR: 65, leerlab: 0 });
    const [ringB, ...labelB] = styles.cluster(131, { DLR: 66, GLR: 65, leerlab: 0 });
    const [ringC, ...labelC] = styles.cluster(130, { DLR: 130, GLR: 0, leerlab: 0 });
    expect(ringB, 'same radius, same rounded mix').to.equal(ringA);
    expect(labelA).to.have.length(3);
    expect(labelB.slice(0, 2), '"13" of 130 and 131').to.deep.equal(labelA.slice(0, 2));
    expect(labelB[2]).to.not.equal(labelA[2]);
    expect(labelC, 'the same number on another mix').to.deep.equal(labelA);
    expect(ringC).to.not.equal(ringA);
  });

  it('sets every number from a few glyph images, each drawn once', () => {
    const styles = new PinStyles(DEFAULT_LOOKS);
    const canvases = new Set<HTMLCanvasElement>();
    for (let count = 2; count < 3000; count++) {
      const [, ...label] = styles.cluster(count, { DLR: count, GLR: 0, leerlab: 0 });
      expect(label, String(count)).to.have.length(count > 999 ? 2 : String(count).length);
      for (const style of label) canvases.add(canvasOf(style));
    }
    // 0–9 and "k" in the two font sizes, side by side on one sprite sheet (one canvas, one taint check).
    expect(canvases.size).to.equal(1);
    // Each character has a place of its own on it (per font size).
    const characters = new Map<string, Set<string>>();
    for (let count = 2; count < 3000; count++) {
      const [, ...label] = styles.cluster(count, { DLR: count, GLR: 0, leerlab: 0 });
      const text = count > 999 ? `${Math.floor(count / 1000)}k` : String(count);
      label.forEach((style, i) => {
        const place = String((style.getImage() as Icon).getOrigin());
        characters.set(place, (characters.get(place) ?? new Set()).add(text[i]!));
      });
    }
    expect(characters.size).to.be.within(11, 22);
    for (const [place, shown] of characters) expect([...shown], place).to.have.length(1);
  });

  it('draws the rings and pins of a national map on one or two canvases', () => {
    const styles = new PinStyles(DEFAULT_LOOKS);
    const canvases = new Set<HTMLCanvasElement>();
    const rings = new Set<unknown>();
    // Clusters of every size, with every tenth of GLR and with or without a leerlab.
    for (const count of [2, 10, 50, 200, 1000, 5000])
      for (let tenths = 0; tenths < 10; tenths++)
        for (const leerlab of [0, 1]) {
          const glr = Math.round((count * tenths) / 10);
          const [ring] = styles.cluster(count + leerlab, { DLR: count - glr, GLR: glr, leerlab });
          rings.add(ring);
          canvases.add(canvasOf(ring!));
        }
    for (const kinds of [['DLR'], ['GLR'], ['leerlab'], ['DLR', 'GLR'], ['DLR', 'GLR', 'leerlab']] as const) {
      canvases.add(canvasOf(styles.pin(kinds, false)));
      canvases.add(canvasOf(styles.pin(kinds, true)));
    }
    expect(rings.size, 'many rings').to.be.above(60);
    expect(canvases.size).to.be.at.most(2);
  });

  it('centres the number on the disc, its characters side by side', () => {
    const styles = new PinStyles(DEFAULT_LOOKS);
    const [, ...label] = styles.cluster(888, { DLR: 888, GLR: 0, leerlab: 0 });
    const offsets = label.map((style) => (style.getImage() as Icon).getDisplacement()[0]!);
    expect(offsets[0]).to.be.below(0);
    expect(offsets[1]).to.be.closeTo(0, 0.5);
    expect(offsets[2]).to.be.closeTo(-offsets[0]!, 0.5);
    expect(offsets[2]! - offsets[1]!, 'a digit apart').to.be.within(5, 12);
  });

  it('keeps a kind with a single route visible in the ring', () => {
    const styles = new PinStyles(DEFAULT_LOOKS);
    const [withOne] = styles.cluster(500, { DLR: 499, GLR: 0, leerlab: 1 });
    const [without] = styles.cluster(500, { DLR: 500, GLR: 0, leerlab: 0 });
    expect(withOne).to.not.equal(without);
    // The leerlab yellow appears somewhere on the ring's image, and nowhere on the other's.
    const yellowOf = (data: Uint8ClampedArray) => {
      let yellow = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! > 200 && data[i + 1]! > 170 && data[i + 2]! < 80) yellow++;
      return yellow;
    };
    expect(yellowOf(pixelsOf(without!))).to.equal(0);
    const data = pixelsOf(withOne!);
    let yellow = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! > 200 && data[i + 1]! > 170 && data[i + 2]! < 80) yellow++;
    expect(yellow).to.be.greaterThan(10);
  });

  it('draws the number in dark ink on the light disc', () => {
    const styles = new PinStyles(DEFAULT_LOOKS);
    const [, eight] = styles.cluster(87, { DLR: 87, GLR: 0, leerlab: 0 });
    const data = pixelsOf(eight!);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4)
      if (data[i]! < 60 && data[i + 1]! < 60 && data[i + 2]! < 60 && data[i + 3]! > 200) dark++;
    expect(dark).to.be.greaterThan(20);
  });

  it('holds a bounded number of images however many clusters a long session shows', () => {
    const styles = new PinStyles(DEFAULT_LOOKS);
    for (let count = 2; count < 6000; count++) styles.cluster(count, { DLR: count - 1, GLR: 1, leerlab: count % 7 });
    const held = styles as unknown as { cache: Map<string, unknown>; sheets: { count: number } };
    expect(held.cache.size).to.be.at.most(2000);
    expect(held.sheets.count, 'its sprite sheets too').to.be.at.most(9);
  });
});
