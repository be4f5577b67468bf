// Draws the add-in's icons (a red flag with a yellow star on a small podium) into assets/icon-<size>.png.
// Run `node scripts/make-icons.mjs` after changing the drawing; the PNGs are committed, builds only copy them.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PNG } from "pngjs";

const SIZES = [16, 32, 64, 80, 128];
const SAMPLES = 16; // supersampling per axis: 256 samples per pixel give smooth edges at every size

const COLOURS = {
  flag: [218, 37, 29], // the red of the national flag
  flagShade: [176, 24, 20],
  star: [255, 205, 0],
  pole: [84, 88, 94],
  finial: [230, 170, 20],
  podiumTop: [96, 125, 139],
  podiumSide: [69, 90, 100],
  podiumCentre: [120, 144, 156],
};

/**
 * Axis-aligned parts are snapped to whole pixels at each size (with a minimum of one pixel), so that the
 * pole and podium stay crisp at 16 px instead of smearing into two half-grey columns.
 */
function snappedRect(size, x0, y0, x1, y1) {
  const px = (v) => Math.round(v * size);
  let a = px(x0);
  let b = px(x1);
  let c = px(y0);
  let d = px(y1);
  if (b <= a) b = a + 1;
  if (d <= c) d = c + 1;
  return { x0: a / size, x1: b / size, y0: c / size, y1: d / size };
}

const inRect = (r) => (x, y) => x >= r.x0 && x < r.x1 && y >= r.y0 && y < r.y1;

/** Five-pointed star test by the even-odd rule over its ten-vertex outline. */
function starTest(cx, cy, outer) {
  const inner = outer * 0.382;
  const pts = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    pts.push([cx + r * Math.cos(angle), cy + r * Math.sin(angle)]);
  }
  return (x, y) => {
    let inside = false;
    for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
      const [xi, yi] = pts[i];
      const [xj, yj] = pts[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
}

const PIXEL_STAR = ["..#..", ".###.", "#####", ".###.", ".#.#."];

/** The 16 px star: a 5×5 pixel mask centred on the flag. */
function pixelStar(size, cx, cy) {
  const left = Math.round(cx * size - 2.5);
  const top = Math.round(cy * size - 2.5);
  return (x, y) => {
    const row = PIXEL_STAR[Math.floor(y * size) - top];
    return row !== undefined && row[Math.floor(x * size) - left] === "#";
  };
}

/** Parts in painting order (later parts cover earlier ones), laid out in a unit square, y downwards. */
function parts(size) {
  const poleLeft = 0.27;
  const poleWidth = Math.max(0.07, 1 / size);
  const pole = snappedRect(size, poleLeft, 0.1, poleLeft + poleWidth, 0.8);
  const flagEdges = snappedRect(size, 0, 0.125, 0.95, 0.5625);
  const flagLeft = pole.x1;
  // Up to 32 px the flag is straight and its edges sit on whole pixels (a one-pixel wave only blurs them).
  const straight = size <= 32;
  const flagRight = straight ? flagEdges.x1 : 0.95;
  const wave = (x) => 0.035 * Math.sin(((x - flagLeft) / (flagRight - flagLeft)) * 2 * Math.PI);
  const flagTop = straight ? flagEdges.y0 : 0.12;
  const flagBottom = straight ? flagEdges.y1 : 0.56;
  const waveAt = straight ? () => 0 : wave;
  const inFlag = (x, y) => x >= flagLeft && x < flagRight && y >= flagTop + waveAt(x) && y < flagBottom + waveAt(x);
  const inShade = (x, y) => inFlag(x, y) && y >= flagBottom + waveAt(x) - (straight ? 0 : 0.05);
  const starCx = (flagLeft + flagRight) / 2;
  const starCy = (flagTop + flagBottom) / 2 + waveAt(starCx);
  const star = starTest(starCx, starCy, size <= 16 ? 0.2 : 0.155);
  const finialR = Math.max(0.05, 0.8 / size);
  const finialCx = (pole.x0 + pole.x1) / 2;
  const finialCy = pole.y0 - finialR * 0.5;
  const inFinial = (x, y) => (x - finialCx) ** 2 + (y - finialCy) ** 2 <= finialR ** 2;

  // The pole stands on the left part of the highest (centre) step.
  const left = snappedRect(size, 0.05, 0.87, 0.2, 0.97);
  const centre = snappedRect(size, left.x1, 0.79, 0.7, 0.97);
  const right = snappedRect(size, centre.x1, 0.89, 0.95, 0.97);
  const topBand = (r) => snappedRect(size, r.x0, r.y0, r.x1, r.y0 + Math.max(1 / size, 0.04));

  return [
    [inRect(left), COLOURS.podiumSide],
    [inRect(right), COLOURS.podiumSide],
    [inRect(centre), COLOURS.podiumCentre],
    ...(size >= 32 ? [left, right, centre].map((r) => [inRect(topBand(r)), COLOURS.podiumTop]) : []),
    [inRect(pole), COLOURS.pole],
    // Below 32 px the finial is a blur, so the pole simply ends.
    ...(size >= 32 ? [[inFinial, COLOURS.finial]] : []),
    [inFlag, COLOURS.flag],
    [inShade, COLOURS.flagShade],
    // At 16 px an anti-aliased star smears into orange blobs: a hand-placed pixel star reads better.
    size <= 16 ? [pixelStar(size, starCx, starCy), COLOURS.star] : [star, COLOURS.star],
  ];
}

function render(size) {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  const shapes = parts(size);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          const cx = (px + 0.5) / size;
          const cy = (py + 0.5) / size;
          let colour = null;
          for (const [test, c, crisp] of shapes) if (crisp ? test(cx, cy) : test(x, y)) colour = c;
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            covered++;
          }
        }
      }
      const i = (py * size + px) * 4;
      // Colour is averaged over covered samples only (straight alpha), so edges do not darken towards black.
      png.data[i] = covered ? Math.round(r / covered) : 0;
      png.data[i + 1] = covered ? Math.round(g / covered) : 0;
      png.data[i + 2] = covered ? Math.round(b / covered) : 0;
      png.data[i + 3] = Math.round((covered / (SAMPLES * SAMPLES)) * 255);
    }
  }
  return PNG.sync.write(png);
}

const assets = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
mkdirSync(assets, { recursive: true });
for (const size of SIZES) {
  const file = join(assets, `icon-${size}.png`);
  writeFileSync(file, render(size));
  console.log(`wrote ${file}`);
}
