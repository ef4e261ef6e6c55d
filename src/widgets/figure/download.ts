/** Browser side of the exports: combine the live panel SVGs, rasterise at 2×, save files. */
import { COLUMNS, PANEL } from '../../lib/charts';
import { addPngText, provenanceText, withSvgMetadata, type Provenance } from './exports';

const VAR = /var\(--[\w-]+,\s*([^)]+)\)/g;

/** Panels side by side as one standalone SVG, CSS variables resolved to computed colours. */
export function combinedSvg(svgs: SVGSVGElement[], title: string, p: Provenance): string {
  const cols = Math.min(COLUMNS, svgs.length);
  const w = cols * PANEL.width,
    h = Math.ceil(svgs.length / cols) * PANEL.height;
  const root = svgs[0]?.closest('figure') ?? document.documentElement;
  const cs = getComputedStyle(root);
  const bg = cs.getPropertyValue('--fl-bg').trim() || '#ffffff';
  const resolve = (s: string) =>
    s
      .replace(
        /var\((--[\w-]+),\s*([^)]+)\)/g,
        (_, name: string, fb: string) => cs.getPropertyValue(name).trim() || fb.trim(),
      )
      .replace(VAR, '$1');
  const parts = svgs.map((s, i) => {
    const x = (i % cols) * PANEL.width,
      y = Math.floor(i / cols) * PANEL.height;
    const inner = resolve(s.innerHTML);
    return `<svg x="${x}" y="${y}" width="${PANEL.width}" height="${PANEL.height}" viewBox="0 0 ${PANEL.width} ${PANEL.height}">${inner}</svg>`;
  });
  const t = title.replace(/[&<>]/g, ' ');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="system-ui, sans-serif" font-size="11"><title>${t}</title><rect width="100%" height="100%" fill="${bg}"/>${parts.join('')}</svg>`;
  return withSvgMetadata(svg, p);
}

export async function svgToPng(svg: string, p: Provenance): Promise<Blob> {
  const m = /width="(\d+)" height="(\d+)"/.exec(svg);
  const w = Number(m?.[1] ?? PANEL.width),
    h = Number(m?.[2] ?? PANEL.height);
  const img = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = w * 2;
    canvas.height = h * 2;
    const ctx = canvas.getContext('2d')!;
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0, w, h);
    const blob = await new Promise<Blob>((res, rej) =>
      canvas.toBlob((b) => (b ? res(b) : rej(new Error('PNG encoding failed'))), 'image/png'),
    );
    const bytes = addPngText(new Uint8Array(await blob.arrayBuffer()), 'feedback-loop', provenanceText(p));
    return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' });
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function saveFile(name: string, data: Blob | string, type: string): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked late: a loaded machine may start the download seconds after the click.
  setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
}
