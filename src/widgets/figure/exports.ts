/**
 * Exports with provenance: every file says which link, parameters, seed and site version made it.
 * CSV: `# ` comment lines, then `step,<csvColumns>` with numbers in JS's shortest round-trip form
 * (deterministic across engines, so two readers of the same link get byte-identical rows).
 * SVG: the panels combined, CSS variables resolved, a `<metadata>` element. PNG: 2× raster with a
 * tEXt chunk carrying the same text.
 */
import type { FigureSpec } from '../../sim/runtime/figure';
import type { MetricRow } from '../../sim/runtime/types';

export interface Provenance {
  permalink: string;
  params: Record<string, unknown>;
  seed: number;
  siteVersion: string;
}

function provenanceLines(p: Provenance): string[] {
  return [
    `permalink: ${p.permalink}`,
    `params: ${JSON.stringify(p.params)}`,
    `seed: ${p.seed}`,
    `site version: ${p.siteVersion}`,
  ];
}

export function csvNumber(v: number | undefined): string {
  return typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
}

export function toCsv(spec: FigureSpec, rows: MetricRow[], p: Provenance): string {
  const head = provenanceLines(p).map((l) => `# ${l.replace(/[\r\n]/g, ' ')}`);
  const cols = ['step', ...spec.csvColumns];
  const body = rows.map((r) => cols.map((c) => csvNumber(r[c])).join(','));
  return [...head, cols.join(','), ...body].join('\n') + '\n';
}

/** Only the data lines of a CSV (for comparing two exports of the same state). */
export function csvRows(csv: string): string[] {
  return csv.split('\n').filter((l) => l && !l.startsWith('#'));
}

const XML_ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const esc = (s: string) => s.replace(/[&<>]/g, (c) => XML_ESC[c]);

/** Inserts a `<metadata>` block right after the root element's opening tag. */
export function withSvgMetadata(svg: string, p: Provenance): string {
  const meta = `<metadata><feedback-loop xmlns="https://feedback-loop.invalid/provenance">${esc(provenanceLines(p).join('\n'))}</feedback-loop></metadata>`;
  return svg.replace(/^(<svg[^>]*>)/, `$1${meta}`);
}

// ---- PNG tEXt chunk -------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Adds a Latin-1 tEXt chunk (keyword\0text) before IEND. Non-Latin-1 characters become '?'. */
export function addPngText(png: Uint8Array, keyword: string, text: string): Uint8Array {
  const latin1 = (s: string) => Uint8Array.from(s, (ch) => (ch.charCodeAt(0) < 256 ? ch.charCodeAt(0) : 63));
  const data = new Uint8Array([...latin1(keyword), 0, ...latin1(text)]);
  const chunk = new Uint8Array(12 + data.length);
  const dv = new DataView(chunk.buffer);
  dv.setUint32(0, data.length);
  chunk.set([0x74, 0x45, 0x58, 0x74], 4); // 'tEXt'
  chunk.set(data, 8);
  dv.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  const iend = png.length - 12; // IEND is always the last 12 bytes
  const out = new Uint8Array(png.length + chunk.length);
  out.set(png.subarray(0, iend), 0);
  out.set(chunk, iend);
  out.set(png.subarray(iend), iend + chunk.length);
  return out;
}

/** Reads tEXt chunks back (tests, and anyone checking a file's provenance). */
export function readPngText(png: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  const dv = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (let i = 8; i + 12 <= png.length;) {
    const len = dv.getUint32(i);
    const type = String.fromCharCode(...png.subarray(i + 4, i + 8));
    if (type === 'tEXt') {
      const d = png.subarray(i + 8, i + 8 + len);
      const z = d.indexOf(0);
      out[String.fromCharCode(...d.subarray(0, z))] = String.fromCharCode(...d.subarray(z + 1));
    }
    i += 12 + len;
  }
  return out;
}

export function provenanceText(p: Provenance): string {
  return provenanceLines(p).join('\n');
}
