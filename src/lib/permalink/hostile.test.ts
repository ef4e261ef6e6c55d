/**
 * Hostile permalinks, property-based (issue 13, guarantee 1). Every params schema on the site
 * (found by import.meta.glob, so a new figure is covered automatically) is fed ≥ 10,000 arbitrary
 * query strings: random unicode, huge and tiny numbers, NaN, Infinity, 1e309, negative zero,
 * repeated keys, keys of other figures, 10,000-character values, broken percent-encoding, pins
 * with hundreds of entries. Decoding must never throw, must always give a valid state, and every
 * value it does not use as written must be named in a correction.
 *
 * The arbitraries are cheap on purpose (pools of constants, short random strings, values built
 * once), so the whole file stays well inside its time budget with 56+ schemas.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Field, ParamSchema } from '../../sim/runtime/params';
import { decodeFigureState, MAX_PINS } from './codec';

const schemas = Object.entries(import.meta.glob<{ params: ParamSchema }>('../../sim/*/params.ts', { eager: true }))
  .filter(([path, m]) => m.params && !/\/(runtime|shared)\//.test(path))
  .map(([path, m]) => [path.split('/')[3], m.params] as const);

/** Cases per schema. */
export const CASES = Number(process.env.HOSTILE_CASES ?? 10_000);
const NS = 'fig';
/** The run length the figure passes as `maxT` in half of the cases. */
const MAX_T = 5_000;
/** Longest correction we accept: values are quoted cut to 24 characters. */
const MAX_CORRECTION = 400;

const allKeys = [...new Set(schemas.flatMap(([, s]) => Object.keys(s)))];

// ---------------------------------------------------------------------------------------------
// Values: constants built once (so a 10,000-character value costs nothing to generate).
const LONG = 10_000;
const specials = [
  'NaN',
  '-NaN',
  'nan',
  'Infinity',
  '-Infinity',
  '+Infinity',
  'infinity',
  '1e309',
  '-1e309',
  '1e999',
  '-1e999',
  '-0',
  '+0',
  '0',
  '-0.0',
  '0e0',
  '-0e-0',
  '00',
  '007',
  '1e-320',
  '5e-324',
  '-5e-324',
  '1e-400',
  '2.2250738585072014e-308',
  '1.7976931348623157e308',
  '-1.7976931348623157e308',
  '9007199254740993',
  '-9007199254740993',
  '2147483648',
  '2147483647',
  '0x10',
  '0b1',
  '0o7',
  '1_000',
  '1,5',
  '1.2.3',
  '.',
  '-',
  '+',
  'e5',
  '1e',
  '1e+',
  '.e1',
  ' 1 ',
  '\t2\n',
  '\u00a03\u00a0',
  '\ufeff4',
  '١٢٣',
  '１２',
  '½',
  '∞',
  '−1',
  'true',
  'false',
  'TRUE',
  'on',
  'off',
  'yes',
  'null',
  'undefined',
  '[]',
  '{}',
  '__proto__',
  '',
  ' ',
  '%',
  '%%',
  '%2',
  '%E0%A4%A',
  '%ZZ',
  '%00',
  '%uD800',
  '%F0%9F',
  '%C0%AF',
  '%ED%A0%80',
  '\u0000',
  '\ud800',
  '\udfff',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.domain)',
  '<svg onload=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  "'; alert(1); '",
  '&#x3C;script&#x3E;',
  '~',
  '~~',
  ',',
  ',,,',
  'a~b~c',
  'seed~1',
  '1,2~3',
  '&',
  '=',
  '==',
  '#',
  '?',
  '+',
  '++',
  'x'.repeat(LONG),
  '%'.repeat(LONG),
  '<'.repeat(LONG),
  '~,'.repeat(LONG / 2),
  '\u{1F600}'.repeat(LONG / 2),
];

/**
 * 10,000-digit numbers. They are always written cleanly encoded and `&`-separated: a long digit
 * run followed by junk is the codec's regex worst case, checked on its own below (ReDoS).
 */
const longNumbers = [
  '9'.repeat(LONG),
  '1' + '0'.repeat(LONG - 1),
  '0.' + '0'.repeat(LONG - 3) + '1',
  '-' + '9'.repeat(LONG - 1),
  '1e' + '9'.repeat(LONG - 2),
];

function fieldValues(f: Field): string[] {
  if (f.kind === 'bool') return ['1', '0', 'true', 'false', 'True', '2', '-1'];
  if (f.kind === 'enum')
    return [
      ...f.options,
      ...f.options.map((o) => o.toUpperCase()),
      ...f.options.map((o) => ` ${o}`),
      f.options.join(','),
    ];
  const w = f.max - f.min;
  return [
    f.min,
    f.max,
    f.default,
    f.min - w,
    f.max + w,
    f.min - 1e-9,
    f.max * (1 + 1e-12) + 1e-12,
    (f.min + f.max) / 2,
    f.min + w / 3,
  ]
    .map(String)
    .concat([`${f.default}.5`, `${f.max}e0`, `${f.min}E+0`]);
}

// ---------------------------------------------------------------------------------------------
// Cases. fast-check draws one 32-bit seed per case and a small seeded generator builds the query
// string from it: full fast-check arbitraries cost ~0.5 ms a case here, which is too slow for
// 10,000 cases × every schema; this costs a few microseconds and every case is still reproducible
// from fast-check's seed and path.
type Rand = () => number;
function mulberry32(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const f64 = new DataView(new ArrayBuffer(8));

/** Any double, NaN and infinities and subnormals included, as a string. */
function randomDouble(r: Rand): string {
  f64.setUint32(0, Math.floor(r() * 2 ** 32));
  f64.setUint32(4, Math.floor(r() * 2 ** 32));
  return String(f64.getFloat64(0));
}

/** 0–12 random code points from all of Unicode, lone surrogates and controls included. */
function randomUnicode(r: Rand): string {
  let s = '';
  const n = Math.floor(r() * 13);
  for (let i = 0; i < n; i++) {
    const band = r();
    const cp =
      band < 0.4
        ? 0x20 + Math.floor(r() * 0x5f)
        : band < 0.5
          ? Math.floor(r() * 0x20)
          : band < 0.6
            ? 0xd800 + Math.floor(r() * 0x800)
            : Math.floor(r() * 0x110000);
    s += cp >= 0xd800 && cp < 0xe000 ? String.fromCharCode(cp) : String.fromCodePoint(cp);
  }
  return s;
}

/** Percent-encoding; the long constants are encoded once, up front, not once per case. */
const encoded = new Map<string, string>();
function encode(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return s; // a lone surrogate cannot be percent-encoded: it goes raw
  }
}
for (const s of [...specials, ...longNumbers]) if (s.length > 20) encoded.set(s, encode(s));
const uri = (s: string): string => (s.length > 20 && encoded.get(s)) || encode(s);
/** How a key or value is written: properly encoded, raw, or with broken escapes. */
function write(r: Rand, s: string): string {
  const x = r();
  if (x < 0.7) return uri(s);
  if (x < 0.9) return s;
  return uri(s).replace(/%/g, (m, i: number) => (i % 3 ? '%' : '%Z')) + pick(r, ['%', '%E', '%e0%a4', '']);
}

interface Pools {
  ownKeys: string[];
  ownValues: string[];
  shortSpecials: string[];
}
function pools(schema: ParamSchema): Pools {
  return {
    ownKeys: Object.keys(schema),
    ownValues: [...new Set(Object.values(schema).flatMap(fieldValues))],
    shortSpecials: specials.filter((v) => v.length < 40),
  };
}

function randomValue(r: Rand, p: Pools): string {
  const x = r();
  if (x < 0.3) return pick(r, p.shortSpecials);
  if (x < 0.58) return pick(r, p.ownValues);
  if (x < 0.72) return randomDouble(r);
  if (x < 0.78) return String(Math.floor((r() - 0.5) * 2 ** 53));
  return randomUnicode(r);
}

/** A 10,000-character value (long text, long digit runs). */
function longValue(r: Rand): string {
  return r() < 0.5
    ? pick(
        r,
        specials.filter((v) => v.length >= LONG / 2),
      )
    : pick(r, longNumbers);
}

const ODD_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  'valueOf',
  '',
  '.',
  'T',
  'V',
  'CMP',
  't ',
  ' t',
];
function randomKey(r: Rand, p: Pools): string {
  const x = r();
  const bare =
    x < 0.5
      ? pick(r, p.ownKeys)
      : x < 0.68
        ? pick(r, ['t', 'cmp', 'v'])
        : x < 0.84
          ? pick(r, allKeys)
          : x < 0.92
            ? pick(r, ODD_KEYS)
            : randomUnicode(r);
  const y = r();
  const prefix =
    y < 0.82 ? `${NS}.` : pick(r, ['other.', '', `${NS.toUpperCase()}.`, `${NS}..`, ` ${NS}.`, `${NS}`, 'fi.']);
  return prefix + bare;
}

/** A `cmp` value: a few pins of key~value tokens, or hundreds of entries. */
function randomCmp(r: Rand, p: Pools): string {
  const token = () =>
    r() < 0.5 ? pick(r, p.ownKeys) : r() < 0.1 ? pick(r, ['x', '__proto__', '']) : randomValue(r, p);
  const pin = (max: number) => Array.from({ length: Math.floor(r() * (max + 1)) }, token).join('~');
  return Array.from({ length: Math.floor(r() * 10) }, () => pin(5)).join(',');
}

/** Hundreds of pins (from one short pin, repeated with variations). */
function manyPins(r: Rand, p: Pools): string {
  const n = 100 + Math.floor(r() * 500);
  const shortPin = Array.from({ length: Math.floor(r() * 5) }, () =>
    r() < 0.5 ? pick(r, p.ownKeys) : pick(r, p.shortSpecials),
  ).join('~');
  return Array.from({ length: n }, (_, i) => (i % 3 ? shortPin : `${p.ownKeys[i % p.ownKeys.length]}~${i}`)).join(',');
}

/**
 * One hostile query string from a seed. One case in 50 is heavy: it carries a 10,000-character
 * value (up to 60,000 characters once percent-encoded) or a `cmp` with hundreds of entries, about
 * 100 of each per schema; the rest are short, so 10,000 cases per schema stay cheap.
 */
function hostileSearch(seed: number, p: Pools): string {
  const r = mulberry32(seed);
  const pairs: string[] = [];
  const heavy = r();
  if (heavy < 0.01) pairs.push(`${write(r, randomKey(r, p))}=${uri(longValue(r))}`);
  else if (heavy < 0.02) pairs.push(`${NS}.cmp=${write(r, manyPins(r, p))}`);
  const n = Math.floor(r() * 9);
  for (let i = 0; i < n; i++) {
    const x = r();
    if (x < 0.1) pairs.push(`${NS}.cmp=${write(r, randomCmp(r, p))}`);
    else {
      pairs.push(`${write(r, randomKey(r, p))}=${write(r, randomValue(r, p))}`);
    }
  }
  if (r() < 0.25) {
    // The same key twice (or thrice).
    const k = `${NS}.${pick(r, [...p.ownKeys, 't', 'v', 'cmp'])}`;
    const times = 2 + Math.floor(r() * 2);
    for (let i = 0; i < times; i++)
      pairs.splice(Math.floor(r() * (pairs.length + 1)), 0, `${uri(k)}=${uri(randomValue(r, p))}`);
  }
  const lead = pick(r, ['?', '?', '', '?&', '&&', '??']);
  const sep = pick(r, ['&', '&', '&', '&&', '&;', '&amp;']);
  return lead + pairs.join(sep);
}

// ---------------------------------------------------------------------------------------------
// The oracle: what is valid, and which raw values count as used as written.
// The number grammar of codec.ts, written without nested optional digit runs (linear time).
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

function valid(f: Field, v: unknown): boolean {
  if (f.kind === 'bool') return typeof v === 'boolean';
  if (f.kind === 'enum') return typeof v === 'string' && (f.options as readonly string[]).includes(v);
  if (typeof v !== 'number' || !Number.isFinite(v) || v < f.min || v > f.max || Object.is(v, -0)) return false;
  return f.kind === 'number' || Number.isInteger(v);
}

/** The value a raw string stands for when it can be used exactly as written, else undefined. */
function asWritten(f: Field, raw: string): number | string | boolean | undefined {
  if (f.kind === 'bool')
    return raw === '1' || raw === 'true' ? true : raw === '0' || raw === 'false' ? false : undefined;
  if (f.kind === 'enum') return (f.options as readonly string[]).includes(raw) ? raw : undefined;
  const s = raw.trim();
  if (!NUMBER.test(s)) return undefined;
  const x = Number(s);
  if (!Number.isFinite(x) || x < f.min || x > f.max || (f.kind === 'int' && !Number.isInteger(x))) return undefined;
  return x === 0 ? 0 : x; // -0 is read as 0 (an exact use of the written value)
}

const same = (a: unknown, b: unknown) =>
  a === b || (typeof a === 'number' && typeof b === 'number' && a === 0 && b === 0);

interface Check {
  ok: boolean;
  why?: string;
}

/** Checks one decode against the oracle; returns the first problem found. */
function check(schema: ParamSchema, search: string, maxT: number | undefined): Check {
  const st = maxT === undefined ? decodeFigureState(schema, search, NS) : decodeFigureState(schema, search, NS, maxT);
  const fields = Object.entries(schema);
  const tMax = maxT ?? Number.MAX_SAFE_INTEGER;
  // 1. A valid state.
  if (Object.keys(st.values).length !== fields.length) return { ok: false, why: 'values has extra or missing keys' };
  for (const [k, f] of fields)
    if (!valid(f, st.values[k])) return { ok: false, why: `invalid ${k} = ${String(st.values[k])}` };
  if (st.t !== null && !(Number.isInteger(st.t) && st.t >= 0 && st.t <= tMax && !Object.is(st.t, -0)))
    return { ok: false, why: `invalid t = ${st.t}` };
  if (st.v !== null && !(Number.isInteger(st.v) && st.v >= 0)) return { ok: false, why: `invalid v = ${st.v}` };
  if (st.cmp.length > MAX_PINS) return { ok: false, why: `${st.cmp.length} pins` };
  for (const pin of st.cmp)
    for (const [k, f] of fields)
      if (!valid(f, pin[k])) return { ok: false, why: `invalid pin ${k} = ${String(pin[k])}` };
  for (const c of st.corrections)
    if (typeof c !== 'string' || c.length > MAX_CORRECTION)
      return { ok: false, why: `correction too long (${c.length})` };

  // 2. Every value not used as written is named in a correction.
  const named = (needle: string) => st.corrections.some((c) => c.includes(needle));
  const seen = new Set<string>();
  let rejected = 0;
  for (const [fullKey, raw] of new URLSearchParams(search)) {
    if (!fullKey.startsWith(`${NS}.`)) continue;
    const key = fullKey.slice(NS.length + 1);
    const short = key.length > 24 ? key.slice(0, 24) : key;
    if (seen.has(key)) {
      rejected++;
      if (!named(`${NS}.“${short}`)) return { ok: false, why: `repeated key ${key} not reported` };
      continue;
    }
    seen.add(key);
    if (key === 't') {
      const t = NUMBER.test(raw.trim()) ? Number(raw.trim()) : NaN;
      if (Number.isInteger(t) && t >= 0 && t <= tMax) {
        if (st.t !== t) return { ok: false, why: `t ${raw} read as ${st.t}` };
      } else {
        rejected++;
        if (!named(`${NS}.t`))
          return { ok: false, why: `t = ${JSON.stringify(raw.slice(0, 40))} rejected silently (read as ${st.t})` };
      }
    } else if (key === 'v') {
      const v = NUMBER.test(raw.trim()) ? Number(raw.trim()) : NaN;
      if (!(Number.isInteger(v) && v >= 0)) {
        rejected++;
        if (!named(`${NS}.v`))
          return { ok: false, why: `v = ${JSON.stringify(raw.slice(0, 40))} rejected silently (read as ${st.v})` };
      }
    } else if (key === 'cmp') {
      const parts = raw.split(',').filter((p) => p.length > 0);
      if (parts.length > MAX_PINS) {
        rejected++;
        if (!named(`${NS}.cmp: only the first`)) return { ok: false, why: `${parts.length} pins cut silently` };
      }
      for (const part of parts.slice(0, MAX_PINS)) {
        const tokens = part.split('~');
        if (tokens.length % 2) {
          rejected++;
          if (!named(`${NS}.cmp`)) return { ok: false, why: `odd pin ${part.slice(0, 40)} not reported` };
        }
        for (let i = 0; i + 1 < tokens.length; i += 2) {
          const f = Object.hasOwn(schema, tokens[i]) ? schema[tokens[i]] : undefined;
          if (!f || asWritten(f, tokens[i + 1]) === undefined) {
            rejected++;
            if (!named(`${NS}.cmp`))
              return { ok: false, why: `pin value ${tokens[i]}~${tokens[i + 1].slice(0, 40)} rejected silently` };
          }
        }
      }
    } else if (Object.hasOwn(schema, key)) {
      const want = asWritten(schema[key], raw);
      if (want !== undefined) {
        if (!same(st.values[key], want))
          return { ok: false, why: `${key}=${raw.slice(0, 40)} read as ${String(st.values[key])}` };
      } else {
        rejected++;
        if (!named(`${NS}.${key} (`))
          return {
            ok: false,
            why: `${key} = ${JSON.stringify(raw.slice(0, 40))} rejected silently (read as ${String(st.values[key])})`,
          };
      }
    } else {
      rejected++;
      if (!named(`${NS}.“${short}`)) return { ok: false, why: `unknown key ${JSON.stringify(short)} not reported` };
    }
  }
  if (st.corrections.length < rejected)
    return { ok: false, why: `${rejected} rejected values, ${st.corrections.length} corrections` };
  return { ok: true };
}

describe('hostile permalinks: every schema, arbitrary query strings', () => {
  it('finds every schema', () => {
    expect(schemas.length).toBeGreaterThanOrEqual(40);
  });

  describe.each(schemas)('%s', (_id, schema) => {
    it(`${CASES} hostile query strings: never throws, always valid, a correction for every rejected value`, async () => {
      // Vitest's worker answers its runner only between macrotasks: without this turn of the event
      // loop, 65 back-to-back synchronous properties (~50 s) tripped its 60 s RPC timeout under load.
      await new Promise((resolve) => setTimeout(resolve, 0));
      // Problems are collected by kind (numbers masked), one short example each, so a failure
      // reads as a list of distinct bugs rather than one 10,000-character counterexample.
      const problems = new Map<string, string>();
      const p = pools(schema);
      let cases = 0;
      fc.assert(
        fc.property(fc.integer(), (seed) => {
          cases++;
          const search = hostileSearch(seed, p);
          const maxT = seed & 1 ? MAX_T : undefined; // half the cases know the run's length
          let r: Check;
          try {
            r = check(schema, search, maxT);
          } catch (e) {
            r = { ok: false, why: `decoding threw: ${String(e).slice(0, 200)}` };
          }
          if (!r.ok) {
            const kind = r.why!.replace(/“[^”]*”|"[^"]*"|-?[\d.]+(e[+-]?\d+)?/g, '#').slice(0, 80);
            if (!problems.has(kind)) problems.set(kind, `${r.why} ← ${JSON.stringify(search.slice(0, 160))}`);
          }
        }),
        { numRuns: CASES },
      );
      expect(cases).toBe(CASES);
      expect([...problems.values()]).toEqual([]);
    });
  });
});

describe('hostile permalinks: decoding time', () => {
  // A long digit run followed by one bad character made codec.ts's number regex backtrack
  // quadratically: 30,000 digits froze the page for 4 s, 100,000 for a minute (platform-requests.md, R-codec-1).
  const schema: ParamSchema = {
    lr: { kind: 'number', min: 0, max: 1, default: 0.5, label: 'learning rate' },
    seed: { kind: 'int', min: 0, max: 9, default: 1, label: 'seed' },
  };
  it.each([
    ['a setting', `?fig.lr=${'9'.repeat(100_000)}x`],
    ['a pin', `?fig.cmp=lr~${'1'.repeat(100_000)}x`],
    ['t', `?fig.t=${'1'.repeat(100_000)}x`],
    ['v', `?fig.v=${'1'.repeat(100_000)}x`],
  ])(
    '%s: 100,000 digits and one bad character decode without catastrophic backtracking',
    (_name, search) => {
      // No wall-clock assertion (tests never time things): quadratic backtracking on 100,000 digits
      // took a minute, so it trips this test's timeout instead.
      const st = decodeFigureState(schema, search, 'fig');
      expect(st.corrections.length).toBeGreaterThan(0);
    },
    10_000,
  );
});

describe('hostile permalinks: the oracle itself', () => {
  const schema: ParamSchema = {
    lr: { kind: 'number', min: 0.001, max: 1, default: 0.1, label: 'learning rate' },
    n: { kind: 'int', min: 10, max: 100, default: 50, label: 'samples' },
    seed: { kind: 'int', min: 0, max: 2 ** 31 - 1, default: 1, label: 'seed' },
  };
  it('accepts an exact link without corrections', () => {
    expect(check(schema, '?fig.lr=0.5&fig.n=20&fig.t=30&fig.v=1&fig.cmp=lr~0.2', MAX_T)).toEqual({ ok: true });
  });
  it('the specials include what the issue lists', () => {
    for (const s of ['NaN', 'Infinity', '1e309', '-0', '%E0%A4%A', 'javascript:alert(1)'])
      expect(specials).toContain(s);
    expect(specials.some((s) => s.length >= LONG)).toBe(true);
  });
});
