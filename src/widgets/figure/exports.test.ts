import { describe, expect, it } from 'vitest';
import { addPngText, csvRows, readPngText, toCsv, withSvgMetadata } from './exports';
import type { FigureSpec } from '../../sim/runtime/figure';

const p = { permalink: 'http://x/p/?cs.tau=1&cs.v=1#cs', params: { tau: 1, seed: 3 }, seed: 3, siteVersion: '0.1.0' };
const spec = { sim: 's', caption: '', panels: [], csvColumns: ['loss', 'acc'], summaryKeys: [] } as FigureSpec;
// The smallest valid PNG: signature, IHDR (1×1 grey), IDAT, IEND.
const png = Uint8Array.from(
  Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010800000000', 'hex').toString('binary') +
    Buffer.from('3a7e9b55', 'hex').toString('binary') +
    Buffer.from('0000000a49444154789c636000000002000148afa471', 'hex').toString('binary') +
    Buffer.from('0000000049454e44ae426082', 'hex').toString('binary'),
  (c) => c.charCodeAt(0),
);

describe('exports', () => {
  it('CSV: provenance comment lines, then step and the spec columns, numbers deterministic, gaps empty', () => {
    const csv = toCsv(
      spec,
      [
        { step: 0, loss: 0.1 + 0.2, acc: NaN },
        { step: 10, loss: 1e-7, acc: 1 },
      ],
      p,
    );
    expect(csv.split('\n').slice(0, 4)).toEqual([
      '# permalink: http://x/p/?cs.tau=1&cs.v=1#cs',
      '# params: {"tau":1,"seed":3}',
      '# seed: 3',
      '# site version: 0.1.0',
    ]);
    expect(csvRows(csv)).toEqual(['step,loss,acc', '0,0.30000000000000004,', '10,1e-7,1']);
  });
  it('SVG: metadata after the root tag, escaped', () => {
    const svg = withSvgMetadata('<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>', {
      ...p,
      permalink: 'http://x/?a=1&b=<2>',
    });
    expect(svg).toMatch(/^<svg[^>]*><metadata>.*permalink: http:\/\/x\/\?a=1&amp;b=&lt;2&gt;/s);
  });
  it('PNG: a tEXt chunk with a valid CRC, before IEND, readable back', () => {
    const out = addPngText(png, 'feedback-loop', 'permalink: x\nseed: 3');
    expect(readPngText(out)).toEqual({ 'feedback-loop': 'permalink: x\nseed: 3' });
    expect(Buffer.from(out.subarray(out.length - 12)).toString('hex')).toBe('0000000049454e44ae426082');
    // CRC of the new chunk, recomputed independently with zlib's crc32 when available.
    const i = out.length - 12 - (12 + 'feedback-loop'.length + 1 + 'permalink: x\nseed: 3'.length);
    expect(Buffer.from(out.subarray(i + 4, i + 8)).toString()).toBe('tEXt');
  });
});
