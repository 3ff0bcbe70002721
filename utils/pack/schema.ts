import { m } from './check-list';
import type { CheckKindKey, CheckMessage, CheckParam } from './types';

/**
 * A strict schema check for what a pack holds. Unlike checkShape (made to copy
 * a page's answer), it refuses members it does not know, has no length limits
 * (a record's HTML may be 2,000,000 characters), and lists every problem it
 * finds instead of stopping at the first, so that a verifier names them all,
 * each as a check message (pack.messages' `schema.*`, with the kinds of
 * value in words, `kind.*`), which a reader gets in their language.
 * A Shape (e.g. TELEGRAM_POST_SHAPE) is a Schema, so the extractors' shapes serve here too.
 */
export type Schema =
  | 'string'
  | 'number'
  | 'integer'
  | 'boolean'
  /** A whole number ≥ 0. */
  | 'count'
  /** Any JSON object. */
  | 'any-object'
  | { nullable: Schema }
  | { oneOf: readonly (string | boolean)[] }
  | { list: Schema; max?: number }
  | { object: Record<string, Schema>; optional?: readonly string[] }
  | { union: string; cases: Record<string, Schema> }
  /** An object whose every member, whatever its name, has this schema. */
  | { map: Schema }
  /** An object with exactly one of these keys, checked against that key's schema. */
  | { oneKey: Record<string, Schema> }
  | { text: (value: string) => boolean; what: CheckKindKey };

export function text(what: CheckKindKey, test: (value: string) => boolean): Schema {
  return { text: test, what };
}

const HEX64 = /^[0-9a-f]{64}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UTC_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export const sha256: Schema = text('kind.sha256', (v) => HEX64.test(v));
export const uuid: Schema = text('kind.uuid', (v) => UUID.test(v));
export const utcInstant: Schema = text(
  'kind.utcInstant',
  (v) => UTC_MS.test(v) && !Number.isNaN(Date.parse(v)) && new Date(v).toISOString() === v,
);

/** One segment of a path inside the pack: no separators, no "." or "..", no control characters. */
export function isFileName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !/[/\\\u0000-\u001f\u007f]/.test(name);
}

/** A relative path inside the pack, safe to unzip. */
export function isPackPath(path: string): boolean {
  return path.split('/').every(isFileName);
}

export const fileName: Schema = text('kind.fileName', isFileName);
export const packPath: Schema = text('kind.packPath', isPackPath);

const PRIMITIVES: Record<Extract<Schema, string>, [what: CheckKindKey, test: (value: unknown) => boolean]> = {
  string: ['kind.text', (v) => typeof v === 'string'],
  boolean: ['kind.boolean', (v) => typeof v === 'boolean'],
  number: ['kind.number', (v) => typeof v === 'number' && Number.isFinite(v)],
  integer: ['kind.integer', (v) => Number.isSafeInteger(v)],
  count: ['kind.count', (v) => Number.isSafeInteger(v) && (v as number) >= 0],
  'any-object': ['kind.object', isObject],
};

/** A value's kind in words, or the value itself when it is a JSON literal (null, true, 5). */
function describe(value: unknown): CheckParam {
  if (value === null) return 'null';
  if (Array.isArray(value)) return { kind: 'kind.list' };
  if (typeof value === 'string') return { kind: 'kind.text' };
  return typeof value === 'object' ? { kind: 'kind.object' } : String(value);
}

/** Every way in which `value` departs from `schema`, each naming its place ("$.captures[0].id is …"). */
export function schemaProblems(
  value: unknown,
  schema: Schema,
  path = '$',
  problems: CheckMessage[] = [],
): CheckMessage[] {
  const fail = (problem: CheckMessage): CheckMessage[] => {
    problems.push(problem);
    return problems;
  };
  const notA = (expected: CheckKindKey) =>
    fail(m('schema.type', { path, actual: describe(value), expected: { kind: expected } }));
  if (typeof schema === 'string') {
    const [what, test] = PRIMITIVES[schema];
    return test(value) ? problems : notA(what);
  }
  if ('nullable' in schema) return value === null ? problems : schemaProblems(value, schema.nullable, path, problems);
  if ('oneOf' in schema) {
    return schema.oneOf.includes(value as string)
      ? problems
      : fail(m('schema.not', { path, expected: { or: schema.oneOf.map(String) } }));
  }
  if ('text' in schema) {
    return typeof value === 'string' && schema.text(value)
      ? problems
      : fail(m('schema.not', { path, expected: { kind: schema.what } }));
  }
  if ('list' in schema) {
    if (!Array.isArray(value)) return notA('kind.list');
    if (schema.max !== undefined && value.length > schema.max) fail(m('schema.tooMany', { path, count: schema.max }));
    value.forEach((item, i) => schemaProblems(item, schema.list, `${path}[${i}]`, problems));
    return problems;
  }
  if (!isObject(value)) return notA('kind.object');
  if ('map' in schema) {
    for (const [key, member] of Object.entries(value))
      schemaProblems(member, schema.map, memberPath(path, key), problems);
    return problems;
  }
  if ('union' in schema || 'oneKey' in schema) {
    const chosen =
      'union' in schema
        ? typeof value[schema.union] === 'string' && Object.hasOwn(schema.cases, value[schema.union] as string)
          ? schema.cases[value[schema.union] as string]
          : undefined
        : Object.entries(schema.oneKey).find(([key]) => Object.hasOwn(value, key))?.[1];
    if (chosen) return schemaProblems(value, chosen, path, problems);
    if ('oneKey' in schema) return fail(m('schema.noneOf', { path, members: Object.keys(schema.oneKey).join(', ') }));
    const union = memberPath(path, schema.union);
    return fail(m('schema.notOneOf', { path: union, values: Object.keys(schema.cases).join(', ') }));
  }
  for (const [key, member] of Object.entries(schema.object)) {
    const present = Object.hasOwn(value, key);
    if (!present && schema.optional?.includes(key)) continue;
    if (!present) fail(m('schema.missing', { path, member: key }));
    else schemaProblems(value[key], member, memberPath(path, key), problems);
  }
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(schema.object, key)) fail(m('schema.unknownMember', { path: memberPath(path, key) }));
  }
  return problems;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function memberPath(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}
