// Writes the app's PNG icons (192, 512 and a maskable 512) from the same drawing as
// assets/icon.svg, with a minimal PNG encoder: no image tool needed. Run once; the PNGs
// are committed. Usage: node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
const crc32 = (buf) => {
  let c = -1;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function png(size, draw) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(draw(x / size * 64, y / size * 64), 1 + x * 4);
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })), chunk('IEND', Buffer.alloc(0)),
  ]);
}

const ACCENT = [0x2f, 0x6f, 0x9f, 255], LIGHT = [0xdf, 0xe5, 0xea, 255], WHITE = [255, 255, 255, 255], NONE = [0, 0, 0, 0];
const inRect = (x, y, rx, ry, w, h) => x >= rx && x < rx + w && y >= ry && y < ry + h;
// The bars of icon.svg, in its 64-unit box; `inset` shrinks the drawing for the maskable
// icon's safe zone (the central 80 %).
function icon(maskable) {
  return (px, py) => {
    const s = maskable ? 0.7 : 1, o = (64 - 64 * s) / 2;
    const x = (px - o) / s, y = (py - o) / s;
    const rounded = !maskable && ((px < 6 || px > 58) && (py < 6 || py > 58)) &&
      Math.hypot(Math.min(Math.abs(px - 6), Math.abs(px - 58)), Math.min(Math.abs(py - 6), Math.abs(py - 58))) > 6;
    if (rounded) return NONE;
    if (inRect(x, y, 44, 12, 10, 42)) return WHITE;
    if (inRect(x, y, 27, 28, 10, 26) || inRect(x, y, 10, 38, 10, 16)) return LIGHT;
    return ACCENT;
  };
}
writeFileSync('assets/icon-192.png', png(192, icon(false)));
writeFileSync('assets/icon-512.png', png(512, icon(false)));
writeFileSync('assets/icon-maskable-512.png', png(512, icon(true)));
console.log('icons written');
