import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Field, ParamSchema } from '../../sim/runtime/params';
import { defaultsOf } from '../../sim/runtime/params';
import { decodeFigureState, encodeFigureState, mergeSearch, MAX_PINS, type Values } from './codec';

// Every figure's schema is fuzzed: a new src/sim/<id>/params.ts is picked up automatically.
const schemas = Object.entries(import.meta.glob<{ params: ParamSchema }>('../../sim/*/params.ts', { eager: true }))
  .filter(([path, m]) => m.params && !/\/(runtime|shared)\//.test(path))
  .map(([path, m]) => [path.split('/')[3], m.params] as const);
// Each generated case is checked against EVERY schema (one property for all), so fast-check
// generates (the costly part) N inputs instead of N × the number of figures. Arbitraries stay
// cheap: short strings, constants, and values drawn as fractions of each field's range.
/**
 * fast-check's own string arbitraries, as a second, independent source of junk. The 10,000 hostile
 * links per schema with the stricter oracle (a correction for every rejected value) are in
 * hostile.test.ts.
 */
const HOSTILE_RUNS = 2_000;
/** Valid states written and read back, per schema. */
const ROUND_TRIP_RUNS = 3_000;
const MAX_FIELDS = Math.max(...schemas.map(([, s]) => Object.keys(s).length));

function valid(f: Field, v: unknown): boolean {
  if (f.kind === 'bool') return typeof v === 'boolean';
  if (f.kind === 'enum') return (f.options as readonly unknown[]).includes(v);
  if (typeof v !== 'number' || !Number.isFinite(v) || v < f.min || v > f.max) return false;
  return f.kind === 'number' || Number.isInteger(v);
}

/** A field's value from a fraction u ∈ [0, 1] of its range (0 and 1 hit the ends exactly). */
function valueAt(f: Field, u: number): number | string | boolean {
  if (f.kind === 'bool') return u < 0.5;
  if (f.kind === 'enum') return f.options[Math.min(f.options.length - 1, Math.floor(u * f.options.length))];
  const x = u === 0 ? f.min : u === 1 ? f.max : Math.min(f.max, Math.max(f.min, f.min + u * (f.max - f.min)));
  const y = f.kind === 'int' ? Math.min(f.max, Math.max(f.min, Math.round(x))) : x;
  return Object.is(y, -0) ? 0 : y;
}

function valuesAt(schema: ParamSchema, us: number[]): Values {
  const out: Values = {};
  Object.entries(schema).forEach(([k, f], i) => (out[k] = valueAt(f, us[i])));
  return out;
}

// Fractions as k / 2^30 (cheap to generate; min + u·(max − min) is still a full-precision double)
// plus the exact ends, the middle and the smallest subnormal.
const fraction = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 0.5, Number.MIN_VALUE) },
  { weight: 4, arbitrary: fc.nat(2 ** 30).map((k) => k / 2 ** 30) },
);
const fractions = fc.array(fraction, { minLength: MAX_FIELDS, maxLength: MAX_FIELDS });

const JUNK = [
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  'NaN',
  'Infinity',
  '-1e999',
  '1e999',
  '0x10',
  '',
  '%',
  '%E0%A4%A',
  '1,2~3',
  'a~b~c',
  'true',
  '9'.repeat(400),
  ' 1 ',
  '1e-400',
  '-0',
  '__proto__',
];
const junk = fc.oneof(
  fc.string({ maxLength: 16 }),
  fc.constantFrom(...JUNK),
  fc.double().map(String),
  fc.integer().map(String),
);
/** A hostile pair: which key (an index into each schema's own keys + reserved + junk keys), and a junk value. */
const pair = fc.tuple(fc.nat(64), fc.option(fc.string({ maxLength: 8 }), { freq: 4, nil: null }), junk);
const ns = 'fig';
const hostile = fc.oneof(
  { weight: 4, arbitrary: fc.array(pair, { maxLength: 10 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 120 }) },
);

function searchFor(schema: ParamSchema, input: [number, string | null, string][] | string): string {
  if (typeof input === 'string') return input;
  const keys = [...Object.keys(schema), 't', 'cmp', 'v', 'x', '__proto__', 'constructor'];
  return input
    .map(([i, raw, v]) => `${encodeURIComponent(raw ?? `${ns}.${keys[i % keys.length]}`)}=${encodeURIComponent(v)}`)
    .join('&');
}

function decodesValidly(schema: ParamSchema, search: string): boolean {
  const st = decodeFigureState(schema, search, ns);
  const fields = Object.entries(schema);
  return (
    fields.every(([k, f]) => valid(f, st.values[k])) &&
    Object.keys(st.values).length === fields.length &&
    st.cmp.length <= MAX_PINS &&
    st.cmp.every((pin) => fields.every(([k, f]) => valid(f, pin[k]))) &&
    (st.t === null || (Number.isInteger(st.t) && st.t >= 0)) &&
    st.corrections.every((c) => typeof c === 'string' && c.length < 400)
  );
}

function roundTrips(schema: ParamSchema, values: Values, full: boolean, t: number | null, cmp: Values[]): boolean {
  const search = mergeSearch('?other.k=1', ns, encodeFigureState(schema, values, ns, { full, t, cmp, version: 3 }));
  const st = decodeFigureState(schema, search, ns);
  const same = (a: Values, b: Values) => Object.keys(schema).every((k) => Object.is(a[k], b[k]));
  return (
    same(st.values as Values, values) &&
    st.corrections.length === 0 &&
    st.t === t &&
    st.cmp.length === cmp.length &&
    st.cmp.every((p, i) => same(p as Values, cmp[i])) &&
    st.v === (full ? 3 : null) &&
    search.startsWith('?other.k=1') // other namespaces are kept (first, as they were)
  );
}

/** Schemas in groups: one property per group keeps each test short (the runner stays responsive). */
const GROUP = 8;
const groups = Array.from({ length: Math.ceil(schemas.length / GROUP) }, (_, i) =>
  schemas.slice(i * GROUP, (i + 1) * GROUP),
);

describe(`permalink codec: every schema (${schemas.length})`, () => {
  it('has schemas to fuzz', () => expect(schemas.length).toBeGreaterThan(0));

  describe.each(groups.map((g) => [g.map(([id]) => id).join(', '), g] as const))('%s', (_names, group) => {
    it('never throws on hostile strings and always yields valid values', () => {
      let checked = 0;
      fc.assert(
        fc.property(hostile, (input) => {
          // Plain boolean checks (not expect) keep the cases fast; the failing schema is named.
          for (const [id, schema] of group) {
            if (!decodesValidly(schema, searchFor(schema, input)))
              throw new Error(`schema ${id} decoded to an invalid state`);
            checked++;
          }
        }),
        { numRuns: HOSTILE_RUNS },
      );
      expect(checked).toBeGreaterThanOrEqual(HOSTILE_RUNS * group.length);
    });

    it('round-trips valid states (full and partial links, t and pins)', () => {
      let checked = 0;
      fc.assert(
        fc.property(
          fractions,
          fc.boolean(),
          fc.option(fc.nat(1_000_000), { nil: null }),
          fc.array(fractions, { maxLength: MAX_PINS, size: 'xsmall' }),
          (us, full, t, pinUs) => {
            for (const [id, schema] of group) {
              const ok = roundTrips(
                schema,
                valuesAt(schema, us),
                full,
                t,
                pinUs.map((p) => valuesAt(schema, p)),
              );
              if (!ok) throw new Error(`schema ${id} did not round-trip`);
              checked++;
            }
          },
        ),
        { numRuns: ROUND_TRIP_RUNS },
      );
      expect(checked).toBeGreaterThanOrEqual(ROUND_TRIP_RUNS * group.length);
    });
  });
});

describe('permalink codec: corrections', () => {
  const schema: ParamSchema = {
    lr: { kind: 'number', min: 0.001, max: 1, default: 0.1, scale: 'log', label: 'learning rate' },
    n: { kind: 'int', min: 10, max: 100, default: 50, label: 'samples' },
    loss: { kind: 'enum', options: ['ce', 'mae'], default: 'ce', label: 'loss' },
    wd: { kind: 'bool', default: false, label: 'weight decay' },
    seed: { kind: 'int', min: 0, max: 2 ** 31 - 1, default: 1, label: 'seed' },
  };
  it('missing keys are defaults and other namespaces are not ours', () => {
    const st = decodeFigureState(schema, '?g.lr=0.5&lr=0.5', 'f');
    expect(st.values).toEqual(defaultsOf(schema));
    expect(st.corrections).toEqual([]);
  });
  it('clamps, rounds, rejects wrong types and unknown keys, each with a readable correction', () => {
    const st = decodeFigureState(schema, '?f.lr=7&f.n=33.6&f.loss=hinge&f.wd=maybe&f.zz=1&f.seed=abc&f.t=-5', 'f');
    expect(st.values).toEqual({ lr: 1, n: 34, loss: 'ce', wd: false, seed: 1 });
    expect(st.t).toBe(0);
    expect(st.corrections).toHaveLength(7);
    expect(st.corrections.join('\n')).toMatch(/learning rate.*outside 0.001–1; using 1/);
    expect(st.corrections.join('\n')).toMatch(/rounded to the whole number 34/);
    expect(st.corrections.join('\n')).toMatch(/not one of ce, mae/);
    expect(st.corrections.join('\n')).toMatch(/“zz” is not a setting/);
  });
  it('quotes hostile values only shortened and as text', () => {
    const st = decodeFigureState(
      schema,
      `?f.loss=${encodeURIComponent('<script>alert(1)</script>')}&f.lr=${'9'.repeat(10000)}`,
      'f',
    );
    expect(st.values.loss).toBe('ce');
    expect(st.values.lr).toBe(1);
    for (const c of st.corrections) expect(c.length).toBeLessThan(200);
  });
  it('reads pins relative to the current state and caps their number', () => {
    const st = decodeFigureState(schema, `?f.n=20&f.cmp=lr~0.01,lr~0.5~loss~mae,${'n~11,'.repeat(8)}`, 'f');
    expect(st.cmp).toHaveLength(MAX_PINS);
    expect(st.cmp[0]).toMatchObject({ lr: 0.01, n: 20 });
    expect(st.cmp[1]).toMatchObject({ lr: 0.5, loss: 'mae', n: 20 });
    expect(st.corrections.some((c) => c.includes('only the first'))).toBe(true);
  });
  it('drops a pin that names no setting (it would replay the current run for nothing)', () => {
    const st = decodeFigureState(schema, `?f.cmp=${encodeURIComponent('nope~<svg onload=alert(1)>')},lr~0.5`, 'f');
    expect(st.cmp).toHaveLength(1);
    expect(st.cmp[0]).toMatchObject({ lr: 0.5 });
    expect(st.corrections.some((c) => c.includes('dropped'))).toBe(true);
  });
  it('writes readable links: pins with , and ~, schema order', () => {
    const e = encodeFigureState(schema, { ...defaultsOf(schema), lr: 0.01 }, 'f', {
      cmp: [{ ...defaultsOf(schema), lr: 1 }],
      full: false,
    });
    expect(mergeSearch('', 'f', e)).toBe('?f.lr=0.01&f.cmp=lr~1');
  });

  it('replaces its namespace and keeps only the other parameters `keep` accepts', () => {
    const search = '?g.x=2&junk.y=%3Cb%3E&f.lr=9&utm=a';
    const onPage = (k: string) => !k.includes('.') || k.startsWith('g.');
    expect(mergeSearch(search, 'f', [['f.lr', '0.1']])).toBe('?g.x=2&junk.y=%3Cb%3E&utm=a&f.lr=0.1');
    expect(mergeSearch(search, 'f', [['f.lr', '0.1']], onPage)).toBe('?g.x=2&utm=a&f.lr=0.1');
  });
});
