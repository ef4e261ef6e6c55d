import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Field, ParamSchema } from '../../sim/runtime/params';
import { defaultsOf } from '../../sim/runtime/params';
import { decodeFigureState, encodeFigureState, mergeSearch, MAX_PINS, type Values } from './codec';

// Every figure's schema is fuzzed: a new src/sim/<id>/params.ts is picked up automatically.
const schemas = Object.entries(import.meta.glob<{ params: ParamSchema }>('../../sim/*/params.ts', { eager: true }))
  .filter(([path, m]) => m.params && !/\/(runtime|shared)\//.test(path))
  .map(([path, m]) => [path.split('/')[3], m.params] as const);
const RUNS = 10_000;

function valid(f: Field, v: unknown): boolean {
  if (f.kind === 'bool') return typeof v === 'boolean';
  if (f.kind === 'enum') return (f.options as readonly unknown[]).includes(v);
  if (typeof v !== 'number' || !Number.isFinite(v) || v < f.min || v > f.max) return false;
  return f.kind === 'number' || Number.isInteger(v);
}

function arbField(f: Field): fc.Arbitrary<number | string | boolean> {
  if (f.kind === 'bool') return fc.boolean();
  if (f.kind === 'enum') return fc.constantFrom(...f.options);
  if (f.kind === 'int') return fc.integer({ min: f.min, max: f.max });
  return fc.double({ min: f.min, max: f.max, noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x));
}

function arbValues(schema: ParamSchema): fc.Arbitrary<Values> {
  return fc.record(Object.fromEntries(Object.entries(schema).map(([k, f]) => [k, arbField(f)]))) as fc.Arbitrary<Values>;
}

/** Hostile query strings: our keys with junk values, junk keys, raw junk. */
function arbSearch(schema: ParamSchema, ns: string): fc.Arbitrary<string> {
  const keys = [...Object.keys(schema), 't', 'cmp', 'v', 'x', '__proto__', 'constructor'];
  const junk = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.constantFrom('<script>alert(1)</script>', 'javascript:alert(1)', 'NaN', 'Infinity', '-1e999', '1e999', '0x10', '', '%', '%E0%A4%A', '1,2~3', 'a~b~c', 'true'),
    fc.double().map(String),
    fc.integer().map(String),
  );
  const pair = fc.tuple(fc.oneof(fc.constantFrom(...keys).map((k) => `${ns}.${k}`), fc.string()), junk);
  return fc.oneof(
    fc.array(pair, { maxLength: 12 }).map((ps) => ps.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')),
    fc.string({ maxLength: 200 }),
  );
}

describe.each(schemas)('permalink codec: %s', (_id, schema) => {
  const ns = 'fig';
  it('never throws on arbitrary strings and always yields valid values', () => {
    fc.assert(
      fc.property(arbSearch(schema, ns), (search) => {
        // Plain boolean checks (not expect) keep 10,000 cases fast.
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
      }),
      { numRuns: RUNS },
    );
  });

  it('round-trips valid states (full and partial links, t and pins)', () => {
    fc.assert(
      fc.property(arbValues(schema), fc.boolean(), fc.option(fc.nat(1_000_000), { nil: null }), fc.array(arbValues(schema), { maxLength: MAX_PINS }), (values, full, t, cmp) => {
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
          new URLSearchParams(search).get('other.k') === '1'
        );
      }),
      { numRuns: RUNS },
    );
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
    const st = decodeFigureState(schema, `?f.loss=${encodeURIComponent('<script>alert(1)</script>')}&f.lr=${'9'.repeat(10000)}`, 'f');
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
  it('writes readable links: pins with , and ~, schema order', () => {
    const e = encodeFigureState(schema, { ...defaultsOf(schema), lr: 0.01 }, 'f', { cmp: [{ ...defaultsOf(schema), lr: 1 }], full: false });
    expect(mergeSearch('', 'f', e)).toBe('?f.lr=0.01&f.cmp=lr~1');
  });
});
