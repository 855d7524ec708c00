/**
 * Pin and cluster styles, drawn once per combination and cached: restyling thousands of features on every render
 * must cost a map lookup, not a drawing. The images share a few canvases (sprite sheets): a canvas made per image,
 * and OpenLayers' check of each (it reads a pixel back), took a fifth of the first frame with pins.
 *
 * A pin shows one badge per kind of route at the school, side by side: DLR a green circle "D", GLR a blue square
 * "G", leerlab a yellow diamond "L". Shape and letter carry the meaning for visitors who do not see the colours.
 * A cluster is a light disc with the number of routes, ringed with the kinds' colours in proportion.
 *
 * A cluster is drawn from cached images, the ringed disc and one image per character of its number, so that a
 * filter change, which gives most clusters a count they have not had, finds every image drawn already: the ring's
 * proportions are rounded to steps of 10 degrees (a kind present keeps at least one step) and the disc's radius to
 * whole pixels; the number is set from the glyphs 0–9 and "k", each drawn and measured once per font size. A first
 * drawing of a thousand clusters then draws a few dozen images rather than a canvas and a text per count.
 */
import Style from 'ol/style/Style.js';
import Icon from 'ol/style/Icon.js';
import { ROUTE_KINDS, type RouteKind } from '../feed/kinds.js';
import { CLUSTER_FILL, CLUSTER_TEXT, OUTLINE, type KindLook } from '../model/kind-looks.js';

const BADGE = 24;
const OVERLAP = 6;
const FONT = '"Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const RING_STEPS = 36;
const RING_WIDTH = 5;
/** The largest cluster disc; with its ring and outline, the clusters' spacing keeps discs this size apart. */
export const CLUSTER_MAX_RADIUS = 22;
/** The widest a cluster is drawn, in pixels. */
export const CLUSTER_MAX_DIAMETER = (CLUSTER_MAX_RADIUS + RING_WIDTH + 1) * 2;
/** The characters of cluster numbers ("12", "3k"), in the font sizes of small and large clusters. */
const GLYPHS = '0123456789k';
const FONT_SIZES = [13, 14] as const;
/** Enough for every combination a national feed shows in a session; a bound, so a long session cannot grow it. */
const MAX_CACHED = 2000;
/** A sprite sheet's side in CSS pixels (a sheet holds about 80 cluster rings). */
const SHEET_SIDE = 512;
/** Sheets a map fills before it starts again on new ones (each 1 MB at a pixel ratio of 1). */
const MAX_SHEETS = 8;
/** Device pixels between images on a sheet: smoothing at an image's edge never takes in its neighbour. */
const SPRITE_GAP = 2;

export class PinStyles {
  private readonly cache = new Map<string, Style>();
  private readonly pixelRatio = Math.max(1, Math.ceil(globalThis.devicePixelRatio || 1));
  private sheets = new SpriteSheets(this.pixelRatio);

  constructor(private readonly looks: Record<RouteKind, KindLook>) {}

  /** A school's pin; `selected` draws it larger with a focus ring. */
  pin(kinds: readonly RouteKind[], selected: boolean): Style {
    const key = `p|${kinds.join(',')}|${selected ? 1 : 0}`;
    return this.cached(key, () => this.drawPin(kinds, selected));
  }

  /** A cluster of `routeCount` routes, with the number of routes of each kind for the ring. */
  cluster(routeCount: number, perKind: Record<RouteKind, number>): Style[] {
    const radius = Math.round(Math.min(CLUSTER_MAX_RADIUS, 12 + Math.log10(routeCount + 1) * 4.5));
    const total = ROUTE_KINDS.reduce((sum, kind) => sum + perKind[kind], 0) || 1;
    const steps = ROUTE_KINDS.map((kind) =>
      perKind[kind] ? Math.max(1, Math.round((perKind[kind] / total) * RING_STEPS)) : 0,
    );
    const label = routeCount > 999 ? `${Math.floor(routeCount / 1000)}k` : String(routeCount);
    const fontSize = FONT_SIZES[radius > 18 ? 1 : 0];
    return [
      this.cached(`r|${radius}|${steps.join(',')}`, () => this.drawRing(radius, steps)),
      ...this.number(label, fontSize),
    ];
  }

  /** The number on a cluster, dark, centred on the disc (drawn above it): one style per character, placed apart. */
  private number(label: string, fontSize: number): Style[] {
    const glyphs = [...label].map((character) => glyphOf(character, fontSize, this.pixelRatio));
    const width = glyphs.reduce((sum, glyph) => sum + glyph.advance, 0);
    let x = -width / 2;
    return glyphs.map((glyph, i) => {
      const offset = Math.round((x + glyph.advance / 2) * 2) / 2;
      x += glyph.advance;
      return this.cached(`t|${label[i]}|${fontSize}|${offset}`, () => iconStyle(glyph.sprite, 6, [offset, 0]));
    });
  }

  private cached(key: string, make: () => Style): Style {
    let style = this.cache.get(key);
    if (!style) {
      // A long session's images fill their sheets: then everything is drawn anew on new ones, as it is needed.
      if (this.sheets.count > MAX_SHEETS) {
        this.cache.clear();
        this.sheets = new SpriteSheets(this.pixelRatio);
      }
      style = make();
      if (this.cache.size >= MAX_CACHED) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(key, style);
    }
    return style;
  }

  /** An image of `width` × `height` CSS pixels on this map's sheets, drawn by `paint` from its own top left corner. */
  private drawn(width: number, height: number, paint: (context: CanvasRenderingContext2D) => void): Sprite {
    const sprite = this.sheets.place(width, height);
    const { context } = sprite;
    context.save();
    context.setTransform(this.pixelRatio, 0, 0, this.pixelRatio, sprite.x, sprite.y);
    context.beginPath();
    context.rect(0, 0, width, height);
    context.clip();
    paint(context);
    context.restore();
    return sprite;
  }

  private drawPin(kinds: readonly RouteKind[], selected: boolean): Style {
    const size = selected ? BADGE + 6 : BADGE;
    const margin = selected ? 6 : 2;
    const step = size - OVERLAP;
    const width = size + step * (kinds.length - 1) + margin * 2;
    const height = size + margin * 2;
    const sprite = this.drawn(width, height, (context) => {
      if (selected) {
        // A focus ring around all badges, in the dark outline colour with a white halo.
        context.lineWidth = 3;
        context.strokeStyle = '#ffffff';
        roundedRect(context, 1.5, 1.5, width - 3, height - 3, height / 2);
        context.stroke();
        context.lineWidth = 2;
        context.strokeStyle = OUTLINE;
        roundedRect(context, 3, 3, width - 6, height - 6, height / 2 - 2);
        context.stroke();
      }
      kinds.forEach((kind, i) => {
        drawBadge(context, this.looks[kind], margin + i * step, margin, size);
      });
    });
    return iconStyle(sprite, selected ? 1000 : 10);
  }

  /** The light disc, ringed with the kinds' colours: `steps` of RING_STEPS per kind, in ROUTE_KINDS order. */
  private drawRing(radius: number, steps: readonly number[]): Style {
    const size = (radius + RING_WIDTH + 2) * 2;
    const center = size / 2;
    const total = steps.reduce((sum, n) => sum + n, 0) || 1;
    const sprite = this.drawn(size, size, (context) => {
      let start = -Math.PI / 2;
      ROUTE_KINDS.forEach((kind, i) => {
        if (!steps[i]) return;
        const end = start + (steps[i]! / total) * Math.PI * 2;
        context.beginPath();
        context.arc(center, center, radius + RING_WIDTH / 2, start, end);
        context.lineWidth = RING_WIDTH;
        context.strokeStyle = this.looks[kind].fill;
        context.stroke();
        start = end;
      });
      context.beginPath();
      context.arc(center, center, radius + RING_WIDTH + 0.75, 0, Math.PI * 2);
      context.lineWidth = 1.5;
      context.strokeStyle = OUTLINE;
      context.stroke();

      context.beginPath();
      context.arc(center, center, radius, 0, Math.PI * 2);
      context.fillStyle = CLUSTER_FILL;
      context.fill();
    });
    return iconStyle(sprite, 5);
  }
}

/** An image's place on a sheet, in device pixels. */
interface Sprite {
  canvas: HTMLCanvasElement;
  context: CanvasRenderingContext2D;
  x: number;
  y: number;
  width: number;
  height: number;
  pixelRatio: number;
}

/**
 * Images side by side on shared canvases (sprite sheets), row by row: one canvas made, and one taint check by
 * OpenLayers (it reads a pixel back from each canvas it is given), for many images.
 */
class SpriteSheets {
  /** Sheets begun. */
  count = 0;
  private readonly side: number;
  private sheet: { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D } | undefined;
  private x = 0;
  private y = 0;
  private rowHeight = 0;

  constructor(private readonly pixelRatio: number) {
    this.side = Math.min(2048, SHEET_SIDE * pixelRatio);
  }

  /** A place for an image of `width` × `height` CSS pixels. */
  place(width: number, height: number): Sprite {
    const w = Math.ceil(width * this.pixelRatio);
    const h = Math.ceil(height * this.pixelRatio);
    if (this.sheet && this.x + w > this.side) {
      this.x = 0;
      this.y += this.rowHeight + SPRITE_GAP;
      this.rowHeight = 0;
    }
    if (!this.sheet || this.y + h > this.side) this.begin();
    const sprite = { ...this.sheet!, x: this.x, y: this.y, width: w, height: h, pixelRatio: this.pixelRatio };
    this.x += w + SPRITE_GAP;
    this.rowHeight = Math.max(this.rowHeight, h);
    return sprite;
  }

  private begin(): void {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = this.side;
    this.sheet = { canvas, context: canvas.getContext('2d')! };
    this.x = this.y = this.rowHeight = 0;
    this.count++;
  }
}

/** The style of an image on a sheet, shown at its size in CSS pixels. */
function iconStyle(sprite: Sprite, zIndex: number, displacement?: number[]): Style {
  return new Style({
    image: new Icon({
      img: sprite.canvas,
      offset: [sprite.x, sprite.y],
      size: [sprite.width, sprite.height],
      scale: 1 / sprite.pixelRatio,
      displacement,
    }),
    zIndex,
  });
}

/** The characters of cluster numbers per pixel ratio and font size, shared by every map: at most 22 per ratio. */
const glyphs = new Map<string, Glyph>();
/** Their sheets, one per pixel ratio. */
const glyphSheets = new Map<number, SpriteSheets>();
let measuring: CanvasRenderingContext2D | undefined;

/** A character of a cluster's number, drawn once, with the width it advances the text by. */
function glyphOf(character: string, fontSize: number, pixelRatio: number): Glyph {
  const key = `${pixelRatio}|${character}|${fontSize}`;
  let glyph = glyphs.get(key);
  if (!glyph) {
    const font = `bold ${fontSize}px ${FONT}`;
    measuring ??= document.createElement('canvas').getContext('2d')!;
    measuring.font = font;
    const advance = measuring.measureText(character).width;
    const width = Math.ceil(advance) + 2;
    const height = fontSize + 6;
    let sheets = glyphSheets.get(pixelRatio);
    if (!sheets) glyphSheets.set(pixelRatio, (sheets = new SpriteSheets(pixelRatio)));
    const sprite = sheets.place(width, height);
    const { context } = sprite;
    context.save();
    context.setTransform(pixelRatio, 0, 0, pixelRatio, sprite.x, sprite.y);
    context.fillStyle = CLUSTER_TEXT;
    context.font = font;
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    context.fillText(character, width / 2, height / 2 + 1);
    context.restore();
    glyphs.set(key, (glyph = { sprite, advance }));
  }
  return glyph;
}

/**
 * Draws the glyphs of cluster numbers ahead, in a task of their own once the map's code is in: the first frame
 * with pins then draws only the rings and pins (its text drawing is the slowest part of it).
 */
export function prepareGlyphs(): void {
  const pixelRatio = Math.max(1, Math.ceil(globalThis.devicePixelRatio || 1));
  for (const fontSize of FONT_SIZES) for (const character of GLYPHS) glyphOf(character, fontSize, pixelRatio);
}

interface Glyph {
  sprite: Sprite;
  /** How far the text moves on after this character, in CSS pixels. */
  advance: number;
}

function drawBadge(context: CanvasRenderingContext2D, look: KindLook, x: number, y: number, size: number) {
  const half = size / 2;
  const cx = x + half;
  const cy = y + half;
  context.beginPath();
  switch (look.shape) {
    case 'circle':
      context.arc(cx, cy, half - 1, 0, Math.PI * 2);
      break;
    case 'square':
      roundedRect(context, x + 2, y + 2, size - 4, size - 4, 4);
      break;
    case 'diamond':
      context.moveTo(cx, y);
      context.lineTo(x + size, cy);
      context.lineTo(cx, y + size);
      context.lineTo(x, cy);
      context.closePath();
      break;
  }
  context.fillStyle = look.fill;
  context.fill();
  context.lineWidth = 1.5;
  context.strokeStyle = OUTLINE;
  context.stroke();
  context.fillStyle = look.text;
  context.font = `bold ${Math.round(size * 0.5)}px ${FONT}`;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.fillText(look.letter, cx, cy + 1);
}

function roundedRect(context: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number) {
  context.beginPath();
  context.roundRect(x, y, w, h, r);
}
