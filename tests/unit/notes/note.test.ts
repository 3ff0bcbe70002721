import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateExtractResult } from '@/utils/evidence/page-answer';
import { CATALOGS } from '@/utils/i18n/catalogs';
import { LOCALES } from '@/utils/i18n/locales';
import { matchNote, noteIn, shownNote, shownNotes } from '@/utils/i18n/notes';
import { NOTE_KEYS, note, noteInEnglish, type NoteKey } from '@/utils/notes/note';
import { extractPost } from '@/utils/extract';
import { loadIntoDocument, onlyElement } from '../sites/telegram/fixture-cases';
import { telegramMessage } from '../../factories';

/** The English templates records were written from: a key's wording is part of the record format. */
const PINNED = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/notes-en.json'), 'utf8')) as Record<
  string,
  string
>;

/** Values no template contains, one per placeholder. */
function sample(template: string): Record<string, string> {
  const names = [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))];
  return Object.fromEntries(names.map((name, index) => [name, `X${index}-${name}`]));
}

describe('a note’s English template', () => {
  it('never changes once records hold it: a new wording is a new key', () => {
    const changed = Object.entries(PINNED).filter(([key, template]) => CATALOGS.en.notes[key as NoteKey] !== template);
    expect(changed).toEqual([]);
  });

  it('is pinned for every key, so that a new key is pinned when it is added', () => {
    expect(NOTE_KEYS.filter((key) => !Object.hasOwn(PINNED, key))).toEqual([]);
  });
});

describe('a note', () => {
  it('keeps its values as the sentence writes them, and reads as the sentence in English', () => {
    const made = note('mediaLeftOut', { count: 1230, max: 100, left: 1130 });
    expect(made).toEqual({ key: 'mediaLeftOut', values: { count: '1230', max: '100', left: '1130' } });
    expect(noteInEnglish(made)).toBe(
      'The post shows 1230 photos, videos or sounds; Dokaz keeps at most 100 of a post, so 1130 were left out. The page snapshot keeps the page as it was shown.',
    );
  });

  it('quotes another note, which is translated in turn', () => {
    const made = note('extractorFailed', { extractor: 'telegram-web-a@1' }, note('layoutWebAService'));
    expect(noteInEnglish(made)).toBe(
      'telegram-web-a@1 could not read this: this is a service message (ActionMessage), not a post. It was documented as a plain web page.',
    );
    const mk = noteIn(made, 'mk');
    expect(mk).toContain('telegram-web-a@1');
    expect(mk).toContain(noteIn(note('layoutWebAService'), 'mk'));
    expect(mk).not.toContain('ActionMessage), not a post');
  });

  it.each(LOCALES)('is worded in %s from its key, every placeholder filled', (locale) => {
    const unfilled = NOTE_KEYS.filter((key) => {
      const values = sample(CATALOGS.en.notes[key]);
      const text = noteIn({ key, values }, locale);
      return /\{\w+\}/.test(text) || Object.values(values).some((value) => !text.includes(value));
    });
    expect(unfilled).toEqual([]);
  });

  it('is shown by its key where parsing the English sentence back would pick the wrong template', () => {
    // A channel whose title begins "the sender": the sentence reads like the note on a message's sender.
    const made = note('tmeNoIdFor', { name: 'the sender Ana' });
    const sentence = noteInEnglish(made);
    expect(matchNote(sentence)?.key).not.toBe('tmeNoIdFor');
    expect(shownNote(sentence, made, 'sr-Latn')).toBe(
      CATALOGS['sr-Latn'].notes.tmeNoIdFor.replace('{name}', 'the sender Ana'),
    );
  });

  it('of a value that looks like a placeholder is kept as it is', () => {
    const made = note('tmeViewsRounded', { text: '1.2K {n} $&' });
    expect(noteInEnglish(made)).toBe('The page shows the views only rounded ("1.2K {n} $&").');
    expect(noteIn(made, 'hr')).toContain('1.2K {n} $&');
  });

  it('is absent from records made before dokaz-capture/3: their English sentences are recognised', () => {
    const sentence = 'The page shows no view count.';
    expect(shownNotes([sentence], undefined, 'mk')).toEqual([CATALOGS.mk.notes.tmeViewsNone]);
  });
});

describe('what a page hands over', () => {
  const answer = {
    readingMs: 1,
    page: { url: 'https://t.me/s/x', title: 'x', canonicalUrl: null, lang: null, description: null, meta: {} },
    post: null,
    viewport: { width: 800, height: 600, devicePixelRatio: 1 },
    locale: 'mk',
    dom: null,
    notes: [note('noSnapshot')],
  };

  const post = {
    frameUrl: 'https://web.telegram.org/a/',
    container: null,
    text: '',
    html: '',
    htmlTruncated: false,
    selection: '',
    linkUrl: null,
    mediaUrl: null,
    media: [],
    rect: null,
    tall: false,
    extractor: 'telegram-web-k@1',
    structured: null,
  };

  it('names notes of Dokaz’s catalog only', () => {
    expect(validateExtractResult(answer).notes).toEqual([note('noSnapshot')]);
    expect(() => validateExtractResult({ ...answer, notes: [{ key: 'toString', values: {} }] })).toThrow(
      /\$\.notes\[0\]\.key is not a note of Dokaz/,
    );
    expect(() => validateExtractResult({ ...answer, notes: ['Everything was captured.'] })).toThrow(/\$\.notes\[0\]/);
  });

  it('has notes of exactly their templates’ placeholders, whatever values the page sent', () => {
    const sent = [
      { key: 'tmeViewsRounded', values: { text: '1.2K', hidden: 'x'.repeat(5000) } },
      { key: 'tmeNoTitleOf', values: {} },
      { key: 'noSnapshot', values: {}, problem: { key: 'layoutWebAService', values: {} } },
      { key: 'extractorFailed', values: { extractor: 'x-web@1', problem: 'a sentence' } },
    ];
    expect(validateExtractResult({ ...answer, notes: sent }).notes).toEqual([
      { key: 'tmeViewsRounded', values: { text: '1.2K' } },
      { key: 'tmeNoTitleOf', values: { username: '' } },
      { key: 'noSnapshot', values: {} },
      { key: 'extractorFailed', values: { extractor: 'x-web@1', problem: 'a sentence' } },
    ]);
  });

  it('gives a post whose page sent no notes none, and no warnings', () => {
    const { notes: _notes, ...structured } = { ...telegramMessage(), warnings: ['All read.'] };
    const copied = validateExtractResult({ ...answer, post: { ...post, structured } });
    expect(copied.post?.structured).toMatchObject({ warnings: [], notes: [] });
  });

  it('has its post’s English warnings written again from its notes, whatever sentences the page sent', () => {
    const structured = { ...telegramMessage(), warnings: ['Everything was captured.'], notes: [note('webANoLink')] };
    const copied = validateExtractResult({ ...answer, post: { ...post, structured } });
    expect(copied.post?.structured?.warnings).toEqual(['No t.me link can be made for this chat.']);
  });
});

describe('the extractors', () => {
  it('say why a site’s extractor gave up as a note that quotes the layout problem', () => {
    const url = 'https://t.me/s/smokva_test';
    loadIntoDocument(
      '<body><section class="tgme_channel_history"><div class="tgme_widget_message_wrap"><div class="tgme_widget_message service_message" data-post="smokva_test/7"><div class="tgme_widget_message_text js-message_text">Channel created</div></div></div></section></body>',
      url,
    );
    const found = extractPost(onlyElement('.tgme_widget_message_text'), url);
    expect(found.structured).toBeNull();
    expect(found.notes).toEqual([
      note(
        'extractorFailed',
        { extractor: 'telegram-tme-preview@1' },
        note('layoutTmeServiceText', { text: 'Channel created' }),
      ),
    ]);
  });
});
