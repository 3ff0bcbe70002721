import * as v from 'valibot';
import { CATALOGS } from '../i18n/catalogs';
import type { KindKey, Problem, Schema } from './kit';

/**
 * What is wrong with a value, in the words of the verifier's `schema.*` messages (every language has them), each
 * naming its place ("$.captures[0].id"). Pure.
 */
export type SchemaParam = string | number | { kind: KindKey } | { or: readonly string[] };
export interface SchemaProblem {
  key:
    | 'schema.type'
    | 'schema.not'
    | 'schema.noneOf'
    | 'schema.notOneOf'
    | 'schema.missing'
    | 'schema.unknownMember'
    | 'schema.tooMany'
    | 'schema.tooLong'
    | 'schema.noteMismatch'
    | 'schema.notInVersion';
  params: Record<string, SchemaParam>;
}

/** A value's kind in words, or the value itself when it is a JSON literal (null, true, 5). */
function describe(value: unknown): SchemaParam {
  if (value === null) return 'null';
  if (Array.isArray(value)) return { kind: 'kind.list' };
  if (typeof value === 'string') return { kind: 'kind.text' };
  return typeof value === 'object' ? { kind: 'kind.object' } : String(value);
}

export function memberPath(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function pathOf(base: string, items: readonly v.IssuePathItem[] | undefined): string {
  let path = base;
  for (const item of items ?? []) {
    path = typeof item.key === 'number' ? `${path}[${item.key}]` : memberPath(path, String(item.key));
  }
  return path;
}

/** The values a variant's options allow, from valibot's `expected` ('("a" | "b")', '(true | false)'). */
function quoted(expected: string | null): string[] {
  return [...(expected ?? '').matchAll(/"((?:[^"\\]|\\.)*)"|\b(true|false|null|-?\d+(?:\.\d+)?)\b/g)].map((match) =>
    match[1] !== undefined ? (JSON.parse(`"${match[1]}"`) as string) : match[2]!,
  );
}

function toProblem(issue: v.BaseIssue<unknown>, base: string): SchemaProblem {
  const path = pathOf(base, issue.path);
  if (issue.expected === 'never') return { key: 'schema.unknownMember', params: { path } };
  if (issue.message.startsWith('{')) {
    const problem = JSON.parse(issue.message) as Problem;
    switch (problem.key) {
      case 'schema.type':
        return {
          key: problem.key,
          params: { path, actual: describe(issue.input), expected: { kind: problem.expected } },
        };
      case 'schema.not':
        return { key: problem.key, params: { path, expected: problem.expected } };
      case 'schema.noneOf':
        return { key: problem.key, params: { path, members: problem.members } };
      case 'schema.tooLong':
        return { key: problem.key, params: { path, count: problem.max } };
      case 'schema.unknownMember':
        return { key: problem.key, params: { path } };
    }
  }
  switch (issue.type) {
    case 'strict_object':
    case 'object':
    case 'record':
    case 'variant':
      if (issue.input === undefined && issue.path?.length) {
        const parent = pathOf(base, issue.path.slice(0, -1));
        return { key: 'schema.missing', params: { path: parent, member: String(issue.path.at(-1)!.key) } };
      }
      if (issue.type === 'variant' && issue.expected !== 'Object') {
        return { key: 'schema.notOneOf', params: { path, values: quoted(issue.expected).join(', ') } };
      }
      return { key: 'schema.type', params: { path, actual: describe(issue.input), expected: { kind: 'kind.object' } } };
    case 'array':
      return { key: 'schema.type', params: { path, actual: describe(issue.input), expected: { kind: 'kind.list' } } };
    case 'max_length':
    case 'max_entries':
      return {
        key: 'schema.tooMany',
        params: { path, count: Number((issue as { requirement?: unknown }).requirement) },
      };
    default:
      // A literal (a variant's option that does not hold), or what the model does not use.
      return { key: 'schema.not', params: { path, expected: { or: quoted(issue.expected) } } };
  }
}

/** Every way in which `value` departs from `schema`, each naming its place under `path`. */
export function schemaProblems(value: unknown, schema: Schema, path = '$'): SchemaProblem[] {
  const result = v.safeParse(schema, value, { abortEarly: false });
  return result.success ? [] : result.issues.map((issue) => toProblem(issue, path));
}

/**
 * A problem in plain English, for a developer's eye: the detail of "The page gave an answer Dokaz cannot use (…)",
 * which names a member of Dokaz's own protocol, not something a reader of evidence must understand.
 */
export function problemInEnglish({ key, params }: SchemaProblem): string {
  const expected = params.expected;
  const words =
    typeof expected === 'object'
      ? 'kind' in expected
        ? CATALOGS.en.pack.messages[expected.kind]
        : expected.or.join(' or ')
      : '';
  switch (key) {
    case 'schema.type':
    case 'schema.not':
      return `${params.path} is not ${words}`;
    case 'schema.noneOf':
      return `${params.path} has none of ${params.members}`;
    case 'schema.notOneOf':
      return `${params.path} is not one of ${params.values}`;
    case 'schema.missing':
      return `${params.path} has no ${params.member}`;
    case 'schema.unknownMember':
      return `${params.path} is not a member`;
    case 'schema.tooMany':
      return `${params.path} has more than ${params.count} items`;
    case 'schema.tooLong':
      return `${params.path} is too long`;
    case 'schema.noteMismatch':
      return `${params.path} does not read as its note ${params.key} says`;
    case 'schema.notInVersion':
      return `${params.path} is not a member of ${params.version}`;
  }
}

export class SchemaError extends Error {
  override name = 'SchemaError';
  constructor(readonly problems: SchemaProblem[]) {
    super(problems.map(problemInEnglish).join('; '));
  }
}

/**
 * The value as the schema gives it out (the bounded build: a copy of only the declared members), or a SchemaError
 * naming every problem.
 */
export function parseWith<T>(schema: Schema<T>, value: unknown, path = '$'): T {
  const result = v.safeParse(schema, value, { abortEarly: false });
  if (result.success) return result.output;
  throw new SchemaError(result.issues.map((issue) => toProblem(issue, path)));
}
