import { note } from '@/utils/notes/note';
import { describe, expect, it } from 'vitest';
import { captureRecordSchema } from '@/utils/evidence/record';
import { MANIFEST_MEMBERS } from '@/utils/evidence/manifest';
import { validateExtractResult, validateMediaFetch, BadPageAnswerError } from '@/utils/evidence/page-answer';
import { BOUNDED, STRICT } from '@/utils/schema/kit';
import { parseWith, schemaProblems } from '@/utils/schema/problems';
import { parseRequest } from '@/utils/messages';
import { makeCapture, telegramMessage } from '../../factories';

const RECORD = captureRecordSchema(STRICT);

describe('the strict build (packs)', () => {
  it('accepts a genuine record, with or without a site post', async () => {
    const { record } = await makeCapture();
    expect(schemaProblems(record, RECORD)).toEqual([]);
    record.post.structured = telegramMessage();
    expect(schemaProblems(record, RECORD)).toEqual([]);
  });

  it('refuses members it does not know, the names that reach a prototype too', async () => {
    const { record } = await makeCapture();
    const hostile = JSON.parse(
      JSON.stringify(record).replace('{"schema"', '{"constructor":1,"__proto__":{"x":1},"prototype":2,"schema"'),
    ) as unknown;
    const paths = schemaProblems(hostile, RECORD).map((p) => [p.key, p.params.path]);
    expect(paths.sort()).toEqual([
      ['schema.unknownMember', '$.__proto__'],
      ['schema.unknownMember', '$.constructor'],
      ['schema.unknownMember', '$.prototype'],
    ]);
  });

  it('refuses a name that reaches a prototype in a map, which the schema library would pass over', () => {
    const files = JSON.parse('{"__proto__": "../../etc/passwd", "a": "captures/x/a.png"}') as unknown;
    const capture = { id: 'x', recordSha256: 'y', record: {}, files };
    const problems = schemaProblems([capture], MANIFEST_MEMBERS.captures);
    expect(problems).toContainEqual({ key: 'schema.unknownMember', params: { path: '$[0].files.__proto__' } });
  });

  it('names every member it does not know, not only the first', async () => {
    const { record } = await makeCapture();
    const hostile = { ...record, u1: 1, u2: 2, trigger: { ...record.trigger, u3: 3 } };
    expect(schemaProblems(hostile, RECORD).map((p) => p.params.path)).toEqual(['$.trigger.u3', '$.u1', '$.u2']);
  });

  it('takes no list for an object, nor for a map', async () => {
    const { record } = await makeCapture();
    const capture = { id: record.id, recordSha256: '0'.repeat(64), record, files: [] };
    expect(schemaProblems([capture], MANIFEST_MEMBERS.captures)).toContainEqual({
      key: 'schema.type',
      params: { path: '$[0].files', actual: { kind: 'kind.list' }, expected: { kind: 'kind.object' } },
    });
    expect(schemaProblems({ ...record, trigger: [] }, RECORD)).toContainEqual({
      key: 'schema.type',
      params: { path: '$.trigger', actual: { kind: 'kind.list' }, expected: { kind: 'kind.object' } },
    });
    expect(parseRequest({ type: 'lock', args: [] })).toBeNull();
  });

  it('names every problem with its place: wrong kind, missing, unknown, not one of the cases', async () => {
    const { record } = await makeCapture();
    const post = telegramMessage();
    const wrong = {
      ...record,
      id: 7,
      trigger: { ...record.trigger, source: 'mouse' },
      post: { ...record.post, structured: { ...post, platform: 'facebook' } },
    } as Record<string, unknown>;
    delete wrong.timeZone;
    expect(schemaProblems(wrong, RECORD, 'record')).toEqual(
      expect.arrayContaining([
        { key: 'schema.not', params: { path: 'record.id', expected: { kind: 'kind.uuid' } } },
        { key: 'schema.missing', params: { path: 'record', member: 'timeZone' } },
        {
          key: 'schema.not',
          params: { path: 'record.trigger.source', expected: { or: ['menu', 'shortcut', 'api', 'run'] } },
        },
        { key: 'schema.notOneOf', params: { path: 'record.post.structured.platform', values: 'telegram, x' } },
      ]),
    );
  });
});

describe('the bounded build (what a page hands over)', () => {
  const answer = {
    readingMs: 1,
    page: { url: 'https://a.example/', title: 't', canonicalUrl: null, lang: null, description: null, meta: {} },
    post: null,
    viewport: { width: 1, height: 1, devicePixelRatio: 1 },
    locale: 'mk',
    dom: null,
    notes: [],
  };

  it('copies only the declared members', () => {
    const copy = validateExtractResult({ ...answer, evil: 1, page: { ...answer.page, toString: 'x' } });
    expect(copy).toEqual(answer);
    expect(Object.hasOwn(copy.page, 'toString')).toBe(false);
  });

  it('refuses what is too long or too many, and says where', () => {
    expect(() => validateExtractResult({ ...answer, locale: 'x'.repeat(101) })).toThrow(BadPageAnswerError);
    expect(() => validateExtractResult({ ...answer, notes: Array(101).fill(note('noSnapshot')) })).toThrow(
      /\$\.notes has more/,
    );
    const meta = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`og:${i}`, 'x']));
    expect(() => validateExtractResult({ ...answer, page: { ...answer.page, meta } })).toThrow(/\$\.page\.meta/);
    expect(() => validateMediaFetch({ ok: 'yes', base64: '' })).toThrow(/\$\.ok is not one of true, false/);
    const reason = note('skippedServerStatus', { status: 404 });
    expect(validateMediaFetch({ ok: false, reason, size: null, retry: true })).toEqual({
      ok: false,
      reason,
      size: null,
      retry: true,
    });
    // A reason is a note of Dokaz's catalog, never a sentence of the page's.
    expect(() => validateMediaFetch({ ok: false, reason: 'r', size: null, retry: true })).toThrow(/\$\.reason/);
    expect(() =>
      validateMediaFetch({ ok: false, reason: { key: 'madeUp', values: {} }, size: null, retry: true }),
    ).toThrow(/\$\.reason\.key is not a note of Dokaz/);
  });

  it('is the same schema as the strict build, bounds apart', () => {
    const post = telegramMessage();
    expect(parseWith(captureRecordSchema(BOUNDED).entries.post.entries.structured, post)).toEqual(post);
  });
});

describe('requests from the extension pages', () => {
  it('are checked against their declared arguments, members they do not know refused', () => {
    expect(parseRequest({ type: 'lock', args: {} })).toEqual({ type: 'lock', args: {} });
    expect(parseRequest({ type: 'lock', args: { also: 'wipe' } })).toBeNull();
    expect(parseRequest({ type: 'toString', args: {} })).toBeNull();
    expect(parseRequest({ type: 'annotate', args: { captureId: 'c', patch: { categories: ['threat'] } } })).toEqual({
      type: 'annotate',
      args: { captureId: 'c', patch: { categories: ['threat'] } },
    });
    expect(parseRequest({ type: 'annotate', args: { captureId: 'c', patch: { categories: ['<b>'] } } })).toBeNull();
    // Firefox keeps a member set to undefined in a message; it is the member left out.
    expect(
      parseRequest({ type: 'updateCase', args: { id: 'c', patch: { name: undefined, status: 'closed' } } }),
    ).not.toBeNull();
  });
});
