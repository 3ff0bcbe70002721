/**
 * A small checker for JSON that comes from a web page: it accepts exactly the
 * declared shape, copies only the declared members, and bounds every string
 * and list, so that a hostile page cannot hand the background anything else.
 */
export type Shape =
  | 'string'
  | 'number'
  | 'integer'
  | 'boolean'
  | { nullable: Shape }
  | { oneOf: readonly string[] }
  | { list: Shape; max: number }
  | { object: Record<string, Shape>; optional?: readonly string[] }
  | { union: string; cases: Record<string, Shape> };

export class ShapeError extends Error {
  override name = 'ShapeError';
}

const MAX_STRING = 1_000_000;

export function checkShape(value: unknown, shape: Shape, path = '$'): unknown {
  const fail = (what: string): never => {
    throw new ShapeError(`${path} ${what}`);
  };
  if (shape === 'string') {
    if (typeof value !== 'string') fail('is not text');
    if ((value as string).length > MAX_STRING) fail('is too long');
    return value;
  }
  if (shape === 'number' || shape === 'integer') {
    if (typeof value !== 'number' || !Number.isFinite(value)) fail('is not a number');
    if (shape === 'integer' && !Number.isSafeInteger(value)) fail('is not a whole number');
    return value;
  }
  if (shape === 'boolean') {
    if (typeof value !== 'boolean') fail('is not true or false');
    return value;
  }
  if ('nullable' in shape) return value === null ? null : checkShape(value, shape.nullable, path);
  if ('oneOf' in shape) {
    if (typeof value !== 'string' || !shape.oneOf.includes(value)) fail(`is not one of ${shape.oneOf.join(', ')}`);
    return value;
  }
  if ('list' in shape) {
    if (!Array.isArray(value)) fail('is not a list');
    if ((value as unknown[]).length > shape.max) fail(`has more than ${shape.max} items`);
    return (value as unknown[]).map((item, i) => checkShape(item, shape.list, `${path}[${i}]`));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('is not an object');
  const record = value as Record<string, unknown>;
  if ('union' in shape) {
    const tag = record[shape.union];
    const chosen = typeof tag === 'string' && Object.hasOwn(shape.cases, tag) ? shape.cases[tag] : undefined;
    if (!chosen) throw new ShapeError(`${path}.${shape.union} is not one of ${Object.keys(shape.cases).join(', ')}`);
    return checkShape(value, chosen, path);
  }
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(shape.object)) {
    if (!(key in record) && shape.optional?.includes(key)) continue;
    out[key] = checkShape(record[key], member, `${path}.${key}`);
  }
  return out;
}
