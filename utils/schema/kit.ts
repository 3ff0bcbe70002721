import * as v from 'valibot';

/**
 * The vocabulary the evidence model is written in (utils/evidence/, each site's schema in utils/sites/). A schema is
 * written once, as a function of a Kit, and built twice:
 * - `strict` for packs and stored records: refuses a member it does not know and leaves text unbounded (a record's
 *   HTML may be 2,000,000 characters); lists are bounded only where the model says so;
 * - `bounded` for what a web page's frame or another page of the extension hands the background: copies only the
 *   declared members, drops the rest, and bounds every text and list, so that a hostile page can hand over nothing
 *   else and nothing larger.
 * Each failure carries its words as a Problem (problems.ts turns it into a verifier's check message or an English
 * detail), so that the schema library's own wording never reaches a reader.
 */
export type KindKey =
  | 'kind.text'
  | 'kind.boolean'
  | 'kind.number'
  | 'kind.integer'
  | 'kind.count'
  | 'kind.object'
  | 'kind.list'
  | 'kind.sha256'
  | 'kind.uuid'
  | 'kind.utcInstant'
  | 'kind.fileName'
  | 'kind.packPath'
  | 'kind.language'
  | 'kind.publicKeyPem'
  | 'kind.signatureBase64'
  | 'kind.decimalId'
  | 'kind.noteKey';

/** What a failed primitive says, without its place: the value is of another kind, or not one of the allowed values. */
export type Problem =
  | { key: 'schema.type'; expected: KindKey }
  | { key: 'schema.not'; expected: { kind: KindKey } | { or: string[] } }
  | { key: 'schema.noneOf'; members: string }
  | { key: 'schema.unknownMember' }
  | { key: 'schema.tooLong'; max: number };

const say = (problem: Problem) => JSON.stringify(problem);

/** Any schema of the model: what it takes in is unknown, what it gives out is T. */
export type Schema<T = unknown> = v.GenericSchema<unknown, T>;
type AnySchema = v.GenericSchema<unknown, unknown>;
type Out<S extends AnySchema> = v.InferOutput<S>;

export interface Kit {
  readonly strict: boolean;
  /** Text; in the bounded build at most `max` characters (1,000,000 unless said). */
  text(max?: number): Schema<string>;
  readonly number: Schema<number>;
  /** A safe integer. */
  readonly integer: Schema<number>;
  /** A whole number ≥ 0. */
  readonly count: Schema<number>;
  readonly boolean: Schema<boolean>;
  /** Any JSON object, kept as it is. */
  readonly anyObject: Schema<Record<string, unknown>>;
  /** Text of a format (a hash, a UUID), named by its kind when it is not. */
  format(kind: KindKey, test: (value: string) => boolean): Schema<string>;
  /** One of these values. */
  oneOf<const T extends readonly (string | boolean)[]>(values: T): Schema<T[number]>;
  /** The value that tells the cases of a `variant` apart. */
  literal<const T extends string | boolean>(value: T): v.LiteralSchema<T, undefined>;
  nullable<S extends AnySchema>(schema: S): Schema<Out<S> | null>;
  /** A list; at most `max` items (in the bounded build 10,000 unless said). */
  list<S extends AnySchema>(item: S, max?: number): Schema<Out<S>[]>;
  object<E extends v.ObjectEntries>(entries: E): v.StrictObjectSchema<E, undefined>;
  /** A member that records of an earlier version do not have. */
  optional<S extends AnySchema>(schema: S): v.ExactOptionalSchema<S, undefined>;
  /** An object whose every member, whatever its name, has this schema; in the bounded build at most `max` members. */
  map<S extends AnySchema>(member: S, max?: number): Schema<Record<string, Out<S>>>;
  /** Objects told apart by the value of one member (each option's `literal`). */
  variant<const K extends string, const O extends v.VariantOptions<K>>(
    key: K,
    options: O,
  ): v.VariantSchema<K, O, undefined>;
  /** An object with exactly one of these members, checked as that member's case says. */
  oneKey<const C extends Record<string, AnySchema>>(cases: C): Schema<Out<C[keyof C]>>;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What JSON.parse and a structured clone give: an object whose prototype is Object's, or none. */
const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (!isObject(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
};

const DEFAULT_TEXT_MAX = 1_000_000;
const DEFAULT_LIST_MAX = 10_000;
/**
 * Names valibot's objects and records pass over without a word (they would reach a prototype). The strict build
 * refuses them where they are not declared, as it refuses any member it does not know; the bounded build drops them.
 */
const RESERVED = ['__proto__', 'constructor', 'prototype'];

/**
 * An object's schema made stricter than valibot's: a list, or any object that is not a plain one, is not an object;
 * and in the strict build every member it does not know is named (valibot names the first only, and passes over the
 * reserved names without a word). `known` is null for a map, which knows every name but the reserved ones.
 */
function asPlainObject<S extends AnySchema>(schema: S, known: readonly string[] | null, strict: boolean): S {
  return {
    ...schema,
    '~run'(dataset: v.UnknownDataset, config: v.Config<v.BaseIssue<unknown>>) {
      const input = dataset.value;
      if (!isPlainObject(input)) {
        const issue: v.BaseIssue<unknown> = {
          kind: 'schema',
          type: schema.type,
          input,
          expected: 'Object',
          received: Array.isArray(input) ? 'Array' : typeof input,
          message: say({ key: 'schema.type', expected: 'kind.object' }),
        };
        return { typed: false, value: input, issues: [issue] };
      }
      const result = schema['~run'](dataset, config) as v.OutputDataset<unknown, v.BaseIssue<unknown>>;
      if (!strict) return result;
      const named = new Set(
        (result.issues ?? []).filter((i) => i.expected === 'never' && i.path?.length === 1).map((i) => i.path![0]!.key),
      );
      for (const key of Object.keys(input)) {
        const unknown = known === null ? RESERVED.includes(key) : !known.includes(key);
        if (!unknown || named.has(key)) continue;
        const issue: v.BaseIssue<unknown> = {
          kind: 'schema',
          type: schema.type,
          input: input[key],
          expected: 'never',
          received: JSON.stringify(key),
          message: say({ key: 'schema.unknownMember' }),
          path: [{ type: 'object', origin: 'key', input, key, value: input[key] }],
        };
        (result.issues as v.BaseIssue<unknown>[] | undefined) ??= [];
        (result.issues as v.BaseIssue<unknown>[]).push(issue);
        result.typed = false;
      }
      return result;
    },
  };
}

function createKit(strict: boolean): Kit {
  const kind = <T>(test: (value: unknown) => boolean, expected: KindKey) =>
    v.custom<T>(test, say({ key: 'schema.type', expected }));
  const kit: Kit = {
    strict,
    text: (max = DEFAULT_TEXT_MAX) => {
      const text = kind<string>((value) => typeof value === 'string', 'kind.text');
      return strict ? text : v.pipe(text, v.maxLength(max, say({ key: 'schema.tooLong', max })));
    },
    number: kind<number>((value) => typeof value === 'number' && Number.isFinite(value), 'kind.number'),
    integer: kind<number>((value) => Number.isSafeInteger(value), 'kind.integer'),
    count: kind<number>((value) => Number.isSafeInteger(value) && (value as number) >= 0, 'kind.count'),
    boolean: kind<boolean>((value) => typeof value === 'boolean', 'kind.boolean'),
    anyObject: kind<Record<string, unknown>>(isObject, 'kind.object'),
    format: (expected, test) =>
      v.custom<string>(
        (value) => typeof value === 'string' && test(value),
        say({ key: 'schema.not', expected: { kind: expected } }),
      ),
    oneOf: <const T extends readonly (string | boolean)[]>(values: T) =>
      v.custom<T[number]>(
        (value) => values.includes(value as never),
        say({ key: 'schema.not', expected: { or: values.map(String) } }),
      ),
    literal: (value) => v.literal(value),
    nullable: (schema) => v.nullable(schema),
    list: (item, max) => {
      const bound = max ?? (strict ? undefined : DEFAULT_LIST_MAX);
      return bound === undefined ? v.array(item) : v.pipe(v.array(item), v.maxLength(bound));
    },
    object: (entries) => {
      const object = strict ? v.strictObject(entries) : v.object(entries);
      return asPlainObject(object, Object.keys(entries), strict) as unknown as v.StrictObjectSchema<
        typeof entries,
        undefined
      >;
    },
    optional: (schema) => v.exactOptional(schema),
    map: <S extends AnySchema>(member: S, max = 1_000) => {
      const key = strict ? v.string() : v.pipe(v.string(), v.maxLength(200));
      const map = asPlainObject(v.record(key, member), null, strict) as unknown as Schema<Record<string, Out<S>>>;
      return strict ? map : v.pipe(map, v.maxEntries(max));
    },
    variant: (key, options) => v.variant(key, options),
    oneKey: (cases) => {
      const members = Object.keys(cases);
      const none = v.custom(() => false, say({ key: 'schema.noneOf', members: members.join(', ') }));
      return v.lazy((input) => {
        if (!isObject(input)) return kit.anyObject;
        const chosen = members.find((member) => Object.hasOwn(input, member));
        return chosen === undefined ? none : cases[chosen]!;
      }) as unknown as Schema<never>;
    },
  };
  return kit;
}

export const STRICT = createKit(true);
export const BOUNDED = createKit(false);

/** A schema written once, built for packs (`strict`) and for what pages hand over (`bounded`). */
export function defineSchema<S extends AnySchema>(build: (kit: Kit) => S): { strict: S; bounded: S } {
  return { strict: build(STRICT), bounded: build(BOUNDED) };
}
