import { expect } from '@open-wc/testing';
import type Icon from 'ol/style/Icon.js';
import { PinStyles } from '../../src/map/pin-style.js';
import { DEFAULT_LOOKS } from '../../src/model/kind-looks.js';

const canvasOf = (style: { getImage(): unknown }) => (style.getImage() as Icon).getImage(1) as HTMLCanvasElement;

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
    // 0–9 and "k" in the two font sizes.
    expect(canvases.size).to.be.at.most(22);
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
    // The leerlab yellow appears somewhere on the ring's canvas.
    const canvas = canvasOf(withOne!);
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let yellow = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! > 200 && data[i + 1]! > 170 && data[i + 2]! < 80) yellow++;
    expect(yellow).to.be.greaterThan(10);
  });

  it('draws the number in dark ink on the light disc', () => {
    const styles = new PinStyles(DEFAULT_LOOKS);
    const [, eight] = styles.cluster(87, { DLR: 87, GLR: 0, leerlab: 0 });
    const canvas = canvasOf(eight!);
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let dark = 0;
    for (let i = 0; i < data.length; i += 4)
      if (data[i]! < 60 && data[i + 1]! < 60 && data[i + 2]! < 60 && data[i + 3]! > 200) dark++;
    expect(dark).to.be.greaterThan(20);
  });

  it('holds a bounded number of images however many clusters a long session shows', () => {
    const styles = new PinStyles(DEFAULT_LOOKS);
    for (let count = 2; count < 6000; count++) styles.cluster(count, { DLR: count - 1, GLR: 1, leerlab: count % 7 });
    expect((styles as unknown as { cache: Map<string, unknown> }).cache.size).to.be.at.most(2000);
  });
});
