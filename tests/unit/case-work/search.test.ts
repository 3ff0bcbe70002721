import { describe, expect, it } from 'vitest';
import { fold, queryTerms } from '@/utils/case-work/fold';
import { buildSearchDoc, searchCaptures } from '@/utils/case-work/search';
import type { SearchDoc } from '@/utils/case-work/types';
import { makeCapture, telegramMessage } from '../../factories';

describe('fold', () => {
  it('writes Serbian and Macedonian Cyrillic in Latin, without marks, in lower case', () => {
    expect(fold('Смоква')).toBe(fold('Smokva'));
    expect(fold('Смоква')).toBe('smokva');
    expect(fold('Ђорђе Čačak Љубљана Њива Џеп')).toBe('djordje cacak ljubljana njiva dzep');
    expect(fold('Đorđe ČAČAK')).toBe('djordje cacak');
    expect(fold('Ѓорѓи Ќерка Ѕвезда')).toBe('gjorgji kjerka dzvezda');
    expect(fold('Përndjekje Çelë')).toBe('perndjekje cele');
  });

  it('splits a query into folded words, without quotes, @ and #', () => {
    expect(queryTerms('  "Смоква"  @Marko_X, #slike ')).toEqual(['smokva', 'marko_x', 'slike']);
    expect(queryTerms('')).toEqual([]);
  });
});

async function doc(overrides: Parameters<typeof makeCapture>[0], annotation: Partial<SearchDoc> = {}) {
  const { record } = await makeCapture(overrides);
  return { ...buildSearchDoc(record, null), ...annotation };
}

describe('searchCaptures', () => {
  it('finds Cyrillic with Latin and Latin with Cyrillic, whatever the case', async () => {
    const cyrillic = await doc({
      id: 'a',
      post: { ...(await makeCapture()).record.post, text: 'Група СМОКВА, слики' },
    });
    const latin = await doc({ id: 'b', post: { ...(await makeCapture()).record.post, text: 'grupa Smokva' } });
    const other = await doc({ id: 'c', post: { ...(await makeCapture()).record.post, text: 'nothing here' } });
    const docs = [cyrillic, latin, other];
    expect(searchCaptures(docs, 'smokva').sort()).toEqual(['a', 'b']);
    expect(searchCaptures(docs, 'Смоква').sort()).toEqual(['a', 'b']);
    expect(searchCaptures(docs, 'smokva слики')).toEqual(['a']);
    expect(searchCaptures(docs, '')).toHaveLength(3);
  });

  it('searches the chat, the sender and the note too', async () => {
    const { record } = await makeCapture({ id: 'm' });
    record.post.structured = telegramMessage({ text: 'x', sender: { name: 'Петар Петровиќ', username: 'pp_77' } });
    const found = buildSearchDoc(record, {
      captureId: 'm',
      caseId: null,
      tags: ['doxxing-list'],
      categories: [],
      note: 'Адреса на жртвата',
      updatedAt: '',
    });
    for (const query of ['petrovikj', 'Петровиќ', '@pp_77', 'smokva_grupa', 'adresa zrtvata', 'doxxing-list']) {
      expect(searchCaptures([found], query), query).toEqual(['m']);
    }
  });

  it('filters by case, tag, category, group, account, date and site, and sorts', async () => {
    const base = await doc({});
    const docs: SearchDoc[] = [
      {
        ...base,
        captureId: '1',
        capturedAt: '2026-11-01T10:00:00.000Z',
        caseId: 'k1',
        tags: ['a'],
        categories: ['threat'],
        chatKey: 'peer:-1',
        accountKeys: ['peer:7'],
        site: 'web.telegram.org',
      },
      {
        ...base,
        captureId: '2',
        capturedAt: '2026-11-15T10:00:00.000Z',
        caseId: 'k1',
        tags: [],
        categories: ['doxxing'],
        chatKey: 'peer:-2',
        accountKeys: ['peer:7', 'peer:8'],
        site: 't.me',
      },
      {
        ...base,
        captureId: '3',
        capturedAt: '2026-11-30T10:00:00.000Z',
        caseId: null,
        tags: ['a'],
        categories: [],
        chatKey: null,
        accountKeys: [],
        site: 'example.org',
      },
    ];
    expect(searchCaptures(docs, '')).toEqual(['3', '2', '1']);
    expect(searchCaptures(docs, '', { sort: 'oldest' })).toEqual(['1', '2', '3']);
    expect(searchCaptures(docs, '', { caseId: 'k1' })).toEqual(['2', '1']);
    expect(searchCaptures(docs, '', { caseId: null })).toEqual(['3']);
    expect(searchCaptures(docs, '', { tag: 'a' })).toEqual(['3', '1']);
    expect(searchCaptures(docs, '', { category: 'doxxing' })).toEqual(['2']);
    expect(searchCaptures(docs, '', { chatKey: 'peer:-1' })).toEqual(['1']);
    expect(searchCaptures(docs, '', { accountKey: 'peer:7' })).toEqual(['2', '1']);
    expect(searchCaptures(docs, '', { site: 't.me' })).toEqual(['2']);
    expect(searchCaptures(docs, '', { from: '2026-11-15', to: '2026-11-30' })).toEqual(['3', '2']);
    expect(searchCaptures(docs, '', { to: '2026-11-14' })).toEqual(['1']);
  });
});
