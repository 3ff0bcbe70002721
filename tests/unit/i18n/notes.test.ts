import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { cappedFetch } from '@/utils/capped-fetch';
import { extractPost } from '@/utils/extract';
import { CATALOGS } from '@/utils/i18n/catalogs';
import { LOCALES } from '@/utils/i18n/locales';
import { noteInEnglish } from '@/utils/notes/note';
import { mediaLeftOutNote } from '@/utils/extract/generic';
import { matchNote, noteText, type NoteKey } from '@/utils/i18n/notes';
import { formatMessage } from '@/utils/i18n/translate';
import { readTelegramFixtures, type TelegramFixtureClient } from '../../telegram-fixtures';
import { loadIntoDocument, onlyElement } from '../sites/telegram/fixture-cases';

const originalTimeZone = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalTimeZone;
});

const OTHER_LOCALES = LOCALES.filter((locale) => locale !== 'en');
const TEMPLATES = Object.entries(CATALOGS.en.notes) as [NoteKey, string][];

/** Every note the extractors write on the fixture pages: the record's warnings and the Telegram post's. */
function notesFromFixtures(): { notes: Set<string>; expected: Set<string> } {
  const notes = new Set<string>();
  const expected = new Set<string>();
  for (const client of ['web-k', 'web-a', 'tme'] as TelegramFixtureClient[]) {
    for (const fixture of readTelegramFixtures(client)) {
      for (const c of fixture.cases) {
        process.env.TZ = fixture.timeZone;
        loadIntoDocument(fixture.html, fixture.url);
        const found = extractPost(onlyElement(c.target), fixture.url, new Date(fixture.now));
        for (const note of [...found.notes.map(noteInEnglish), ...(found.structured?.warnings ?? [])]) notes.add(note);
        for (const note of c.expected?.warnings ?? []) expected.add(note);
      }
    }
  }
  const generic = join(process.cwd(), 'tests/fixtures/generic');
  const cases = (
    JSON.parse(readFileSync(join(generic, 'expected.json'), 'utf8')) as { cases: { fixture: string; target: string }[] }
  ).cases;
  for (const { fixture, target } of cases) {
    const url = `http://127.0.0.1:8000/generic/${fixture}`;
    loadIntoDocument(readFileSync(join(generic, fixture), 'utf8'), url);
    const found = extractPost(document.querySelector(target), url);
    for (const note of found.notes.map(noteInEnglish)) notes.add(note);
  }
  return { notes, expected };
}

/** Why media is not kept, as utils/capped-fetch.ts says it (fetch answered by a stub). */
async function fetchReasons(): Promise<string[]> {
  const answers: (() => Response)[] = [
    () => {
      throw new TypeError('Failed to fetch');
    },
    () => new Response('gone', { status: 404, statusText: 'Not Found' }),
    () => new Response('gone', { status: 500 }),
    () => new Response('x'.repeat(10), { headers: { 'content-length': String(3 * 1_048_576) } }),
    () => new Response(new Uint8Array(3 * 1_048_576)),
  ];
  const reasons: string[] = [];
  for (const answer of answers) {
    vi.stubGlobal('fetch', () => Promise.resolve().then(answer));
    const result = await cappedFetch('https://example.org/photo.jpg', 2 * 1_048_576);
    if (!result.ok) reasons.push(noteInEnglish(result.reason));
  }
  return reasons;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Values no template contains, one per placeholder. */
function sample(template: string): Record<string, string> {
  const names = [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))];
  return Object.fromEntries(names.map((name, index) => [name, `X${index}-${name}`]));
}

describe('noteText', () => {
  it('recognises every note the extractors write on the fixtures', () => {
    const { notes, expected } = notesFromFixtures();
    expect(notes.size).toBeGreaterThan(30);
    expect(expected.size).toBeGreaterThan(30);
    const unknown = [...notes, ...expected].filter((note) => noteText(note, 'mk') === note);
    expect(unknown).toEqual([]);
    for (const locale of OTHER_LOCALES) {
      expect([...notes, ...expected].filter((note) => noteText(note, locale) === note)).toEqual([]);
    }
  });

  it('recognises why a media item was not kept', async () => {
    const reasons = await fetchReasons();
    expect(reasons).toHaveLength(5);
    expect(reasons.map((reason) => matchNote(reason)?.key)).toEqual([
      'skippedNotLoaded',
      'skippedServer',
      'skippedServerStatus',
      'skippedTooLarge',
      'skippedTooLargeAtLeast',
    ]);
    expect(noteText(reasons[0]!, 'mk')).toBe(
      formatMessage('mk', CATALOGS.mk.notes.skippedNotLoaded, { detail: 'TypeError: Failed to fetch' }),
    );
    expect(noteText(reasons[3]!, 'hr')).toBe(
      formatMessage('hr', CATALOGS.hr.notes.skippedTooLarge, { size: '3', limit: '2' }),
    );
  });

  it('recognises how many of a post’s media were left out, and says it in every language', () => {
    const note = noteInEnglish(mediaLeftOutNote(230, 130));
    expect(matchNote(note)?.key).toBe('mediaLeftOut');
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      expect(noteText(note, locale)).toContain('230');
      expect(noteText(note, locale)).not.toBe(note);
    }
  });

  it('recognises the notes the extractors compose from parts, in every variant', () => {
    // Spelled out as the code composes them (utils/sites/telegram/tme.ts, tme-media.ts, web-k-media.ts,
    // web-a-media.ts), for the variants the fixtures do not show.
    const composed: [string, NoteKey][] = [
      ['this is a service message, not a post', 'layoutTmeService'],
      ['The post holds a poll that is not recorded.', 'tmePoll'],
      ['The post holds a contact that is not recorded.', 'tmeContact'],
      ['The post holds a location that is not recorded.', 'tmeLocation'],
      ['The page shows neither text nor media of this post.', 'tmeNothingShown'],
      ['The page shows neither text nor media of this post ("Unsupported").', 'tmeNothingShownLabel'],
      [
        "The page holds no numeric id for the forward's origin, nor when it was first sent.",
        'tmeNoIdForForwardUnnamed',
      ],
      ['The reply points to https://t.me/other/5, not a post of @chan.', 'tmeReplyElsewhere'],
      ['The reply points nowhere.', 'tmeReplyNowhere'],
      ['Media 2 (gif): the page holds only a preview image.', 'tmeGifPreview'],
      ['Media 2 (gif): the page holds only a preview image ("Media is too big").', 'tmeGifPreviewLabel'],
      ['Media 2 (video): the page holds only a preview image.', 'tmeVideoPreview'],
      ['Media 3 (file without a name): the page holds no bytes of the file.', 'tmeFileUnnamedNoBytes'],
      ['Item 2 of the album is not loaded in the page.', 'webKAlbumItemNotLoaded'],
      ['The photo is not loaded in the page.', 'webKPhotoNotLoaded'],
      ['Only a blurred preview of item 2 of the album is in the page.', 'webKAlbumItemBlurred'],
      ['Only a blurred preview of the photo is in the page.', 'webKPhotoBlurred'],
      ['Item 2 of the album itself is not loaded in the page, only its preview image.', 'webKAlbumVideoPreview'],
      ['Item 2 of the album itself is not loaded in the page, only its placeholder.', 'webKAlbumVideoPlaceholder'],
      ['The video itself is not loaded in the page, only its placeholder.', 'webKVideoPlaceholder'],
      ['The file "without a name" is not in the page, only its name and size.', 'webKFileUnnamedNotInPage'],
      ['The voice message itself is not in the page.', 'webKVoiceNotInPage'],
      ['The audio file itself is not in the page.', 'webKAudioNotInPage'],
      ['GIF 1: only its preview picture is in the page.', 'webAGifPreview'],
      ['Video message 1: only a blurred preview is in the page.', 'webARoundBlurred'],
      ['Video 1: only its preview picture is in the page.', 'webAVideoPreview'],
      ['Video message 1 was playing; its length could not be read.', 'webARoundPlaying'],
      ['Voice message 2 was playing; its length could not be read.', 'webAVoicePlaying'],
      ['Audio 2: the recording itself is not in the page.', 'webAAudioMissing'],
      ['GIF 1: the page does not state its dimensions.', 'webAGifNoSize'],
      ['Video message 1: the page does not state its dimensions.', 'webARoundNoSize'],
    ];
    expect(composed.filter(([note, key]) => matchNote(note)?.key !== key)).toEqual([]);
  });

  describe.each(LOCALES)('%s', (locale) => {
    it('gives every template, filled in English, in the language with the same values', () => {
      const wrong: string[] = [];
      for (const [key, template] of TEMPLATES) {
        const values = sample(template);
        const note = formatMessage('en', template, values);
        const found = matchNote(note);
        if (found?.key !== key) wrong.push(`${key}: read as ${found?.key ?? 'nothing'}`);
        else if (JSON.stringify(found.params) !== JSON.stringify(values))
          wrong.push(`${key}: values ${JSON.stringify(found.params)}`);
        const expected = formatMessage(locale, CATALOGS[locale].notes[key], values);
        if (noteText(note, locale) !== expected) wrong.push(`${key}: "${noteText(note, locale)}"`);
      }
      expect(wrong).toEqual([]);
    });

    it('returns a note no template makes as it is', () => {
      for (const note of ['', 'Something the extractor says now and no template knows.', 'The page shows']) {
        expect(noteText(note, locale)).toBe(note);
      }
    });
  });

  it('keeps English notes exactly as recorded', () => {
    for (const [, template] of TEMPLATES) {
      const note = formatMessage('en', template, sample(template));
      expect(noteText(note, 'en')).toBe(note);
    }
  });

  it('prefers the template with the most literal text', () => {
    expect(matchNote('The page holds no numeric id for the sender.')?.key).toBe('tmeNoIdForSenderUnnamed');
    expect(matchNote('The page holds no numeric id for the sender Ana.')).toEqual({
      key: 'tmeNoIdForSender',
      params: { name: 'Ana' },
    });
    expect(matchNote('The page holds no numeric id for @smokva_test.')).toEqual({
      key: 'tmeNoIdFor',
      params: { name: '@smokva_test' },
    });
    expect(matchNote('Video message 2: only a blurred preview is in the page.')).toEqual({
      key: 'webARoundBlurred',
      params: { n: '2' },
    });
    expect(matchNote('it is more than 40 MB, over the limit of 32 MB for one item')?.key).toBe(
      'skippedTooLargeAtLeast',
    );
  });

  it('translates the layout problem inside an extractor’s fallback note', () => {
    const note =
      'telegram-web-k@1 could not read this: this is a service message (a chat event, not a post). It was documented as a plain web page.';
    expect(noteText(note, 'sq')).toBe(
      formatMessage('sq', CATALOGS.sq.notes.extractorFailed, {
        extractor: 'telegram-web-k@1',
        problem: CATALOGS.sq.notes.layoutWebKService,
      }),
    );
    // An extractor's message no template knows stays English inside the translated sentence.
    const unknown = 'x@1 could not read this: something new. It was documented as a plain web page.';
    expect(noteText(unknown, 'hr')).toContain('something new');
    expect(noteText(unknown, 'hr')).not.toBe(unknown);
  });

  it('keeps captured values as they are, placeholders and all', () => {
    const note = 'The page shows the views only rounded ("1.2K {n} $&").';
    expect(noteText(note, 'sr-Latn')).toBe('Stranica prikazuje broj pregleda samo zaokruženo („1.2K {n} $&“).');
  });
});
