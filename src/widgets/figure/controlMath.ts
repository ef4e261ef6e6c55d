/** Slider position <-> value for schema fields (log sliders move evenly in log space). */
import type { Field } from '../../sim/runtime/params';

export const POSITIONS = 1000;

type Numeric = Extract<Field, { kind: 'number' | 'int' }>;

export function isLog(f: Numeric): boolean {
  return f.scale === 'log' && f.min > 0;
}

/** Rounds to what a reader can set and read: 3 significant digits on log sliders, the step otherwise. */
export function tidy(f: Numeric, v: number): number {
  let x = Math.min(f.max, Math.max(f.min, v));
  if (f.kind === 'int') return Math.round(x);
  if (isLog(f)) x = Number(x.toPrecision(3));
  else {
    const step = stepOf(f);
    x = f.min + Math.round((x - f.min) / step) * step;
    x = Number(x.toPrecision(10));
  }
  return Math.min(f.max, Math.max(f.min, x));
}

export function toPosition(f: Numeric, v: number): number {
  const t = isLog(f) ? Math.log(v / f.min) / Math.log(f.max / f.min) : (v - f.min) / (f.max - f.min || 1);
  return Math.round(Math.min(1, Math.max(0, t)) * POSITIONS);
}

export function fromPosition(f: Numeric, pos: number): number {
  const t = pos / POSITIONS;
  return tidy(f, isLog(f) ? f.min * (f.max / f.min) ** t : f.min + t * (f.max - f.min));
}

/** Linear int fields with a small range get a native step; huge ranges (seeds) a number box. */
export function useNumberBox(f: Numeric): boolean {
  return f.kind === 'int' && !isLog(f) && f.max - f.min > 1000;
}

export function showValue(f: Numeric, v: number): string {
  const s = f.kind === 'int' ? String(v) : String(Number(v.toPrecision(3)));
  return f.unit ? `${s} ${f.unit}` : s;
}

/** Native slider step for linear fields (ints move by whole numbers). */
export function stepOf(f: Numeric): number {
  if (f.kind === 'int') return Math.max(1, Math.round(f.step ?? 1));
  return f.step ?? (f.max - f.min) / 100;
}
