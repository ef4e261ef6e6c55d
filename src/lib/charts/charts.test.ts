import { describe, expect, it } from 'vitest';
import type { FigureSpec } from '../../sim/runtime/figure';
import type { MetricRow } from '../../sim/runtime/types';
import { panelScene } from './panel';
import { posterSvg } from './poster';
import { sceneToString } from './scene';
import { roundUp } from './line';

const rows: MetricRow[] = Array.from({ length: 6 }, (_, i) => ({
  step: (i + 1) * 10,
  loss: 1 / (i + 1),
  acc: 0.5 + i / 12,
  lo: 0.4,
  hi: 0.6,
  boundary: i === 3 ? 1 : 0,
}));

const spec: FigureSpec = {
  sim: 'test',
  caption: 'A <test> & figure',
  panels: [
    {
      kind: 'line',
      id: 'l',
      title: 'Loss',
      yLabel: 'loss',
      yScale: 'log',
      xScale: 'log',
      series: [{ key: 'loss', label: 'loss' }],
      guides: [{ label: '1/t', slope: -1 }],
    },
    {
      kind: 'line',
      id: 'a',
      title: 'Acc',
      yLabel: 'acc',
      series: [
        { key: 'acc', label: 'acc', band: ['lo', 'hi'] },
        { key: 'lo', label: 'lo', style: 'points' },
      ],
      markers: { key: 'boundary', label: 'switch' },
    },
    { kind: 'heatmap', id: 'h', title: 'Heat', categorical: true },
    { kind: 'bars', id: 'b', title: 'Bars' },
    { kind: 'curves', id: 'c', title: 'Curves' },
    { kind: 'simplex', id: 's', title: 'Simplex' },
    { kind: 'points', id: 'p', title: 'Points', unitCircle: true },
    { kind: 'readout', id: 'r', title: 'Now', items: [{ key: 'acc', label: 'accuracy', help: '' }] },
  ],
  csvColumns: ['loss'],
  summaryKeys: ['loss'],
};

const frame = {
  h: { kind: 'heatmap' as const, rows: 2, cols: 3, values: Float32Array.from([0, 0, 1, 1, 2, 2]) },
  b: { kind: 'bars' as const, labels: ['a', 'b'], series: [{ label: 's', values: Float32Array.from([1, 3]) }] },
  c: {
    kind: 'curves' as const,
    x: Float32Array.from([0, 1, 2]),
    series: [{ label: 'f', y: Float32Array.from([0, 1, 4]) }],
    markers: [{ x: 1, label: 'm' }],
  },
  s: {
    kind: 'simplex' as const,
    corners: ['A', 'B', 'C'] as [string, string, string],
    trajectories: [{ label: 't', points: Float32Array.from([1, 0, 0, 0.2, 0.3, 0.5]) }],
  },
  p: {
    kind: 'points' as const,
    x: Float32Array.from([1, 0, -1]),
    y: Float32Array.from([0, 1, 0]),
    group: Uint8Array.from([0, 1, 2]),
    groupLabels: ['x', 'y', 'z'],
  },
};

describe('charts', () => {
  it('renders every panel kind to stable SVG (snapshot, rounded numbers)', () => {
    for (const p of spec.panels)
      expect(sceneToString(panelScene(p, { rows, frame }))).toMatchSnapshot(p.kind + ':' + p.id);
  });
  it('draws pinned runs faded behind the live series, and markers where the row flag is set', () => {
    const svg = sceneToString(panelScene(spec.panels[1], { rows, frame, pins: [{ label: 'pin 1', rows }] }));
    expect(svg).toContain('class="pin"');
    expect(svg.indexOf('class="pin"')).toBeLessThan(svg.indexOf('class="series"'));
    expect(svg.match(/>switch</g)).toHaveLength(1);
  });
  it('labels markers by kind (markers.labels) and draws diamond points (symbol)', () => {
    const rs = rows.map((r, i) => ({ ...r, ev: i === 1 ? 1 : i === 4 ? 2 : i === 5 ? 7 : 0 }));
    const panel = {
      kind: 'line' as const,
      id: 'm',
      title: 'M',
      yLabel: 'y',
      series: [
        { key: 'acc', label: 'acc' },
        { key: 'lo', label: 'b', style: 'points' as const, symbol: 'diamond' as const },
      ],
      markers: { key: 'ev', label: 'event', labels: ['train < 10%', 'test < 25%'] },
    };
    const svg = sceneToString(panelScene(panel, { rows: rs }));
    expect(svg.match(/class="marker"[^>]*>([^<]*)</g)!.map((m) => m.replace(/.*>|<$/g, ''))).toEqual([
      'train &lt; 10%',
      'test &lt; 25%',
      'event',
    ]);
    // One diamond per row, plus the legend's.
    expect(svg.match(/<path d="M0,-[\d.]+L[\d.]+,0L0,[\d.]+L-[\d.]+,0Z" transform="translate/g)).toHaveLength(
      rows.length + 1,
    );
    expect(svg).not.toMatch(/<circle[^>]*r="2.5"/);
  });
  it('colours trajectory segments by segmentGroup, also on a heatmap overlay', () => {
    const pts = {
      kind: 'points' as const,
      x: Float32Array.from([0, 1]),
      y: Float32Array.from([0, 1]),
      group: Uint8Array.from([0, 1]),
      segments: Float32Array.from([0, 0, 1, 1, 1, 1, 0, 0]),
      segmentGroup: Uint8Array.from([0, 1]),
    };
    const svg = sceneToString(panelScene({ kind: 'points', id: 'p', title: 'P' }, { rows, frame: { p: pts } }));
    expect(svg).toContain('stroke:var(--fl-series-1, #0072B2);stroke-width:1.5');
    expect(svg).toContain('stroke:var(--fl-series-2, #D55E00);stroke-width:1.5');
    const heat = {
      kind: 'heatmap' as const,
      rows: 1,
      cols: 2,
      values: Float32Array.from([0, 1]),
      extent: [0, 1, 0, 1] as [number, number, number, number],
    };
    const hs = sceneToString(
      panelScene({ kind: 'heatmap', id: 'h', title: 'H', overlay: 'p' }, { rows, frame: { h: heat, p: pts } }),
    );
    expect(hs).toContain('stroke:var(--fl-series-2, #D55E00);stroke-width:1.5');
    // The overlay's points are drawn too (one dot path per group), on top of the cells.
    expect(hs.match(/<path d="M[^"]*a2\.6,2\.6[^"]*" style="fill:var\(--fl-series-\d/g)).toHaveLength(2);
    expect(hs.lastIndexOf('a2.6,2.6')).toBeGreaterThan(hs.lastIndexOf('class="cells"'));
    expect(hs).toContain('class="cells"');
  });
  it('rotates 3-D point clouds through the view', () => {
    const d = { ...frame.p, z: Float32Array.from([0, 0, 1]) };
    const a = sceneToString(
      panelScene({ ...spec.panels[6], id: 'p' }, { rows, frame: { p: d }, view: { yaw: 0, pitch: 0 } }),
    );
    const b = sceneToString(
      panelScene({ ...spec.panels[6], id: 'p' }, { rows, frame: { p: d }, view: { yaw: 1, pitch: 0.5 } }),
    );
    expect(a).not.toBe(b);
  });
  it('makes a poster with an accessible name and escaped text', () => {
    const svg = posterSvg(spec, rows, frame);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('aria-label="A &lt;test&gt; &amp; figure (static preview of the default run)"');
    expect(svg).not.toContain('<test>');
    expect(svg).not.toMatch(/="[^"]*\d\.\d{3,}/); // attribute numbers rounded to 2 decimals
  });
});

describe('roundUp (the step axis grows in round steps)', () => {
  it('keeps round run lengths and rounds up the rest by at most a third', () => {
    expect([1000, 1500, 2000, 400, 250, 120, 3000].map(roundUp)).toEqual([1000, 1500, 2000, 400, 250, 120, 3000]);
    expect([151, 1001, 999, 7, 0.3].map(roundUp)).toEqual([200, 1200, 1000, 8, 0.3]);
    for (let v = 0.013; v < 1e6; v *= 1.37) {
      expect(roundUp(v)).toBeGreaterThanOrEqual(v * (1 - 1e-9));
      expect(roundUp(v)).toBeLessThanOrEqual((v * 4) / 3 + 1e-9);
    }
  });
});
