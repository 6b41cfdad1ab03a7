// Draws images/icon.png (128×128, the marketplace and Extensions view icon):
// a globe on NHS blue with a green tick, "fit for the internet". Pure JS
// with node:zlib so it needs no image tool; run `node scripts/icon.mjs`
// after changing the drawing and commit the PNG.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZE = 128;
const SAMPLES = 4; // 4×4 samples a pixel: smooth edges without a rasteriser
const NHS_BLUE = [0, 94, 184];
const WHITE = [255, 255, 255];
const GREEN = [0, 150, 57];

/** Colour (RGBA) of one point, painter's order: later shapes cover earlier ones. */
function shade(x, y) {
  let colour = [0, 0, 0, 0];
  const paint = (rgb) => (colour = [...rgb, 255]);
  if (roundedSquare(x, y, 4, 124, 22)) paint(NHS_BLUE);
  const cx = 58,
    cy = 58,
    r = 38,
    stroke = 5;
  const d = Math.hypot(x - cx, y - cy);
  const inGlobe = d <= r;
  if (Math.abs(d - r) <= stroke / 2) paint(WHITE);
  if (inGlobe) {
    // Meridian (an ellipse), the vertical axis and two parallels.
    const e = Math.hypot((x - cx) / (r * 0.45), (y - cy) / r);
    if (Math.abs(e - 1) * r * 0.45 <= stroke / 2) paint(WHITE);
    if (Math.abs(x - cx) <= stroke / 2) paint(WHITE);
    if (Math.abs(y - cy) <= stroke / 2) paint(WHITE);
    for (const py of [cy - r * 0.55, cy + r * 0.55]) if (Math.abs(y - py) <= stroke / 2.4) paint(WHITE);
  }
  const bx = 94,
    by = 94,
    br = 26;
  if (Math.hypot(x - bx, y - by) <= br + 4) paint(NHS_BLUE);
  if (Math.hypot(x - bx, y - by) <= br) paint(GREEN);
  if (segment(x, y, bx - 13, by + 1, bx - 4, by + 10) <= 4 || segment(x, y, bx - 4, by + 10, bx + 13, by - 9) <= 4) paint(WHITE);
  return colour;
}

function roundedSquare(x, y, from, to, radius) {
  const qx = Math.max(from + radius - x, 0, x - (to - radius));
  const qy = Math.max(from + radius - y, 0, y - (to - radius));
  return x >= from && x <= to && y >= from && y <= to && Math.hypot(qx, qy) <= radius;
}

function segment(px, py, ax, ay, bx, by) {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - ax - t * (bx - ax), py - ay - t * (by - ay));
}

/** Averages premultiplied samples so a half-covered edge pixel is half transparent, not darkened. */
function pixel(x, y) {
  let r = 0,
    g = 0,
    b = 0,
    a = 0;
  for (let i = 0; i < SAMPLES; i += 1) {
    for (let j = 0; j < SAMPLES; j += 1) {
      const [sr, sg, sb, sa] = shade(x + (i + 0.5) / SAMPLES, y + (j + 0.5) / SAMPLES);
      r += sr * sa;
      g += sg * sa;
      b += sb * sa;
      a += sa;
    }
  }
  return a === 0 ? [0, 0, 0, 0] : [r / a, g / a, b / a, a / SAMPLES ** 2].map(Math.round);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function iconPng() {
  const rows = Buffer.alloc(SIZE * (1 + SIZE * 4));
  for (let y = 0; y < SIZE; y += 1) {
    const row = y * (1 + SIZE * 4); // filter byte 0 (none) starts each row
    for (let x = 0; x < SIZE; x += 1) Buffer.from(pixel(x, y)).copy(rows, row + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'images', 'icon.png');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, iconPng());
console.log(`wrote ${out}`);
