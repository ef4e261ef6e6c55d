/**
 * The permalink codec (DESIGN.md §5): a figure's state <-> namespaced query parameters.
 *
 *   ?cs.tau=1.5&cs.noise=0.4&cs.t=1200&cs.cmp=tau~1,tau~2&cs.v=1#cs
 *
 * Pure and total: decoding never throws; unknown keys are ignored, numbers clamped, ints rounded,
 * wrong types and unknown enum options replaced by defaults, and every such fix is reported as a
 * plain-text correction for the figure's notice. Values are only ever parsed (as numbers, booleans
 * or enum members), so nothing from the address bar reaches the page as markup.
 */
import type { Field, ParamSchema, ParamValues } from '../../sim/runtime/params';
import { defaultsOf } from '../../sim/runtime/params';

/** Keys every namespace reserves besides the schema's own. */
export const RESERVED = ['t', 'cmp', 'v'] as const;
/** At most this many pinned runs are kept in `cmp` (and on screen). */
export const MAX_PINS = 6;
/** Longest raw value quoted back in a correction. */
const QUOTE_MAX = 24;

export type Value = number | string | boolean;
export type Values = Record<string, Value>;

export interface FigureState<S extends ParamSchema = ParamSchema> {
  values: ParamValues<S>;
  /** The training step the link was shared at (replay to it and pause), if any. */
  t: number | null;
  /** Pinned comparison runs: full parameter sets. */
  cmp: ParamValues<S>[];
  /** The schema version the link was written with, if it says. */
  v: number | null;
  /** Human-readable, plain-text descriptions of every fix made while reading the link. */
  corrections: string[];
}

// Unambiguous (each digit can be matched one way only), so a long digit run followed by a bad
// character fails in linear time instead of backtracking quadratically.
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

function quote(raw: string): string {
  const s = raw.length > QUOTE_MAX ? `${raw.slice(0, QUOTE_MAX)}…` : raw;
  return `“${s}”`;
}

/** The subject of a correction, e.g. `cs.tau (loss parameter τ)`. */
function subject(where: string, key: string, field: Field): string {
  return `${where}${key} (${field.label})`;
}

/** Reads one field's raw string; returns the value and an optional correction. */
export function decodeField(key: string, field: Field, raw: string, where: string): { value: Value; fix?: string } {
  // The correction's subject is built only when there is something to correct (no closures or
  // strings on the happy path: decoding is hot in the fuzz tests).
  if (field.kind === 'bool') {
    if (raw === '1' || raw === 'true') return { value: true };
    if (raw === '0' || raw === 'false') return { value: false };
    return {
      value: field.default,
      fix: `${subject(where, key, field)}: ${quote(raw)} is not on/off; using the default.`,
    };
  }
  if (field.kind === 'enum') {
    if ((field.options as readonly string[]).includes(raw)) return { value: raw };
    return {
      value: field.default,
      fix: `${subject(where, key, field)}: ${quote(raw)} is not one of ${field.options.join(', ')}; using the default.`,
    };
  }
  const trimmed = raw.trim();
  if (!NUMBER.test(trimmed))
    return {
      value: field.default,
      fix: `${subject(where, key, field)}: ${quote(raw)} is not a number; using the default ${field.default}.`,
    };
  let x = Number(trimmed);
  let fix: string | undefined;
  if (field.kind === 'int' && !Number.isInteger(x) && Number.isFinite(x)) {
    x = Math.round(x);
    fix = `${subject(where, key, field)}: rounded to the whole number ${x}.`;
  }
  if (x < field.min || x > field.max) {
    const c = x < field.min ? field.min : field.max;
    fix = `${subject(where, key, field)}: ${quote(raw)} is outside ${field.min}–${field.max}; using ${c}.`;
    x = c;
  }
  // "-0", "-1e-300" rounded, …: negative zero would print as "0" but compare oddly; store 0.
  return { value: x === 0 ? 0 : x, fix };
}

function toParams(search: string | URLSearchParams): URLSearchParams {
  if (typeof search !== 'string') return search;
  try {
    return new URLSearchParams(search);
  } catch {
    return new URLSearchParams();
  }
}

/**
 * Decodes namespace `ns` of a query string. Missing keys are defaults; `maxT` (the run length,
 * when known) bounds `t`.
 */
export function decodeFigureState<S extends ParamSchema>(
  schema: S,
  search: string | URLSearchParams,
  ns: string,
  maxT = Number.MAX_SAFE_INTEGER,
): FigureState<S> {
  const corrections: string[] = [];
  const values = defaultsOf(schema) as Values;
  const q = toParams(search);
  const prefix = `${ns}.`;
  let t: number | null = null;
  let v: number | null = null;
  let cmpRaw: string | null = null;
  const seen = new Set<string>();
  for (const [fullKey, raw] of q) {
    if (!fullKey.startsWith(prefix)) continue;
    const key = fullKey.slice(prefix.length);
    if (seen.has(key)) {
      corrections.push(`${ns}.${quote(key)} appears more than once; the first value is used.`);
      continue;
    }
    seen.add(key);
    if (key === 't') {
      // A `t` that is not a number is dropped (the figure simply plays), not replaced by 0.
      const r = decodeField('t', { kind: 'int', min: 0, max: maxT, default: 0, label: 'training step' }, raw, `${ns}.`);
      t = NUMBER.test(raw.trim()) ? (r.value as number) : null;
      if (r.fix) corrections.push(r.fix.replace('using the default 0', 'ignored'));
    } else if (key === 'v') {
      const n = NUMBER.test(raw.trim()) ? Number(raw.trim()) : NaN;
      v = Number.isInteger(n) && n >= 0 ? n : null;
      if (v === null) corrections.push(`${ns}.v: ${quote(raw)} is not a version number; ignored.`);
    } else if (key === 'cmp') {
      cmpRaw = raw;
    } else if (Object.hasOwn(schema, key)) {
      const r = decodeField(key, schema[key], raw, `${ns}.`);
      values[key] = r.value;
      if (r.fix) corrections.push(r.fix);
    } else {
      corrections.push(`${ns}.${quote(key)} is not a setting of this figure; ignored.`);
    }
  }
  const cmp = cmpRaw === null ? [] : decodePins(schema, cmpRaw, values, ns, corrections);
  return { values: values as ParamValues<S>, t, cmp: cmp as ParamValues<S>[], v, corrections };
}

/** `tau~1,tau~2~noise~0.4`: each pin is the current state with some keys changed. */
function decodePins(schema: ParamSchema, raw: string, base: Values, ns: string, corrections: string[]): Values[] {
  const pins: Values[] = [];
  const parts = raw.split(',').filter((p) => p.length > 0);
  if (parts.length > MAX_PINS) corrections.push(`${ns}.cmp: only the first ${MAX_PINS} pinned runs are kept.`);
  for (const part of parts.slice(0, MAX_PINS)) {
    const tokens = part.split('~');
    const pin: Values = { ...base };
    if (tokens.length % 2 !== 0)
      corrections.push(`${ns}.cmp: ${quote(part)} is not a list of setting~value pairs; read as far as it goes.`);
    let named = 0;
    for (let i = 0; i + 1 < tokens.length; i += 2) {
      const key = tokens[i];
      if (!Object.hasOwn(schema, key)) {
        corrections.push(`${ns}.cmp: ${quote(key)} is not a setting of this figure; ignored.`);
        continue;
      }
      const r = decodeField(key, schema[key], tokens[i + 1], `${ns}.cmp `);
      pin[key] = r.value;
      named++;
      if (r.fix) corrections.push(r.fix);
    }
    // A pin naming no setting of ours is junk, not "the current run again": drop it.
    if (named) pins.push(pin);
    else corrections.push(`${ns}.cmp: ${quote(part)} names no setting of this figure; that pinned run is dropped.`);
  }
  return pins;
}

/** A value as it appears in a link: shortest exact number text, 1/0 for booleans. */
export function encodeValue(v: Value): string {
  if (typeof v === 'boolean') return v ? '1' : '0';
  return String(v);
}

export interface EncodeOptions {
  /** Share: every key plus `v`. Otherwise only keys that differ from the defaults. */
  full?: boolean;
  version?: number;
  t?: number | null;
  cmp?: Values[];
}

/** The namespaced entries for a state, in schema order (stable, so links compare as strings). */
export function encodeFigureState(
  schema: ParamSchema,
  values: Values,
  ns: string,
  opts: EncodeOptions = {},
): [string, string][] {
  const out: [string, string][] = [];
  for (const [key, field] of Object.entries(schema)) {
    const v = values[key] ?? field.default;
    if (opts.full || v !== field.default) out.push([`${ns}.${key}`, encodeValue(v)]);
  }
  if (opts.t != null) out.push([`${ns}.t`, String(Math.max(0, Math.round(opts.t)))]);
  const pins = (opts.cmp ?? []).slice(0, MAX_PINS).map((pin) => encodePin(schema, pin, values));
  if (pins.length) out.push([`${ns}.cmp`, pins.join(',')]);
  if (opts.full) out.push([`${ns}.v`, String(opts.version ?? 1)]);
  return out;
}

function encodePin(schema: ParamSchema, pin: Values, base: Values): string {
  const diff = Object.keys(schema).filter((k) => pin[k] !== base[k]);
  // A pin identical to the current state still needs one pair to be a pin: repeat the seed.
  const keys = diff.length ? diff : ['seed' in schema ? 'seed' : Object.keys(schema)[0]];
  return keys.map((k) => `${k}~${encodeValue(pin[k] ?? schema[k].default)}`).join('~');
}

/** Characters encodeURIComponent leaves alone, plus `,`: most keys and values need no encoding. */
const SAFE = /^[\w.~,-]*$/;

/**
 * Replaces namespace `ns` in a query string with `entries`, keeping every other parameter that
 * `keep` accepts (by default all of them).
 */
export function mergeSearch(
  search: string,
  ns: string,
  entries: [string, string][],
  keep: (key: string) => boolean = () => true,
): string {
  const q = toParams(search);
  const kept = [...q].filter(([k]) => !k.startsWith(`${ns}.`) && keep(k));
  // Hand-joined so `,` and `~` stay readable in shared links (both are safe in a query).
  const enc = (x: string) => (SAFE.test(x) ? x : encodeURIComponent(x).replace(/%2C/g, ','));
  const s = [...kept, ...entries].map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&');
  return s ? `?${s}` : '';
}
