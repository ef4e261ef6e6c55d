/**
 * Parameter schemas: one table per simulation that is the single source for slider ranges,
 * permalink decoding and the simulation's TypeScript types (the playground's `state.ts` idea,
 * with ranges). Schemas are plain serialisable data, so a figure can send them to the browser.
 */

interface FieldBase {
  /** What the control is labelled with, e.g. 'output scale α'. */
  label: string;
  /** One short sentence shown as the control's description. */
  help?: string;
}

export interface NumberField extends FieldBase {
  kind: 'number';
  min: number;
  max: number;
  default: number;
  /** 'log' sliders move evenly in log space; min must be > 0. */
  scale?: 'linear' | 'log';
  /** Slider resolution for linear sliders (defaults to (max-min)/100). */
  step?: number;
  unit?: string;
}

export interface IntField extends FieldBase {
  kind: 'int';
  min: number;
  max: number;
  default: number;
  scale?: 'linear' | 'log';
  step?: number;
  unit?: string;
}

export interface EnumField<O extends string = string> extends FieldBase {
  kind: 'enum';
  options: readonly O[];
  /** Human labels for the options, same order (defaults to the option strings). */
  optionLabels?: readonly string[];
  default: O;
}

export interface BoolField extends FieldBase {
  kind: 'bool';
  default: boolean;
}

export type Field = NumberField | IntField | EnumField | BoolField;
export type ParamSchema = Record<string, Field>;

type ValueOf<F> = F extends EnumField<infer O> ? O : F extends BoolField ? boolean : number;

/** The values a schema describes: `ParamValues<typeof params>`. */
export type ParamValues<S extends ParamSchema> = { [K in keyof S]: ValueOf<S[K]> };

/** Identity with type inference (keeps enum option literals). Every schema must have a `seed`. */
export function defineParams<const S extends ParamSchema>(schema: S): S {
  return schema;
}

/** The default values of a schema. */
export function defaultsOf<S extends ParamSchema>(schema: S): ParamValues<S> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema)) out[key] = field.default;
  return out as ParamValues<S>;
}

/** The standard seed field: every schema includes it as `seed: seedField`. */
export const seedField: IntField = {
  kind: 'int',
  min: 0,
  max: 2 ** 31 - 1,
  default: 1,
  label: 'seed',
  help: 'Seeds data, initialisation and sampling: the same seed gives the same run.',
};
