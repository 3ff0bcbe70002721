import { h, render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CatalogueEditForm } from '@/components/CatalogueEditForm';
import { AccountDetail, GroupDetail } from '@/components/CatalogueEntry';
import { CatalogueList, CatalogueTable } from '@/components/CatalogueTable';
import { accountRow, groupNames, groupRow } from '@/components/catalogue-rows';
import { I18nContext } from '@/components/i18n';
import type { AccountEntry, ChatEntry, SearchDoc } from '@/utils/case-work/types';
import type { Locale } from '@/utils/i18n/locales';
import { createTranslator } from '@/utils/i18n/translate';
import { meant } from './addresses';

/** The catalogue's components, rendered into a page as the dashboard does, in English unless a test says. */
let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function show(children: ComponentChildren, locale: Locale = 'en'): Promise<void> {
  await act(() => {
    render(h(I18nContext.Provider, { value: createTranslator(locale) }, children), root);
  });
}

const $ = (selector: string) => root.querySelector<HTMLElement>(selector);
const $$ = (selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];
const texts = (selector: string) => $$(selector).map((el) => el.textContent?.trim());

function chat(overrides: Partial<ChatEntry> = {}): ChatEntry {
  return {
    key: 'peer:-1001987654321',
    peerId: -1001987654321,
    titles: [
      { value: 'Balkan Room', firstSeen: '2026-11-10T10:00:00.000Z', lastSeen: '2026-11-11T10:00:00.000Z' },
      { value: 'Balkan Room 2', firstSeen: '2026-11-12T10:00:00.000Z', lastSeen: '2026-11-14T10:00:00.000Z' },
    ],
    usernames: [{ value: 'balkanroom', firstSeen: '2026-11-10T10:00:00.000Z', lastSeen: '2026-11-14T10:00:00.000Z' }],
    memberCounts: [
      { count: 1234, text: '1 234 members', at: '2026-11-10T10:00:00.000Z' },
      { count: 2000, text: '2 000 members', at: '2026-11-14T10:00:00.000Z' },
    ],
    type: 'supergroup',
    link: 'https://t.me/balkanroom',
    status: 'unknown',
    note: '',
    captureIds: ['c1', 'c2'],
    ...overrides,
  };
}

function account(overrides: Partial<AccountEntry> = {}): AccountEntry {
  return {
    key: 'peer:5551234',
    peerId: 5551234,
    names: [{ value: 'Marko', firstSeen: '2026-11-10T10:00:00.000Z', lastSeen: '2026-11-14T10:00:00.000Z' }],
    usernames: [{ value: 'marko_x', firstSeen: '2026-11-10T10:00:00.000Z', lastSeen: '2026-11-14T10:00:00.000Z' }],
    chatKeys: ['peer:-1001987654321', 'username:smokva'],
    status: 'unknown',
    note: '',
    captureIds: ['c1', 'c3'],
    ...overrides,
  };
}

function doc(id: string, capturedAt: string, chatName: string | null, excerpt: string): SearchDoc {
  return {
    captureId: id,
    capturedAt,
    site: 'web.telegram.org',
    caseId: null,
    tags: [],
    categories: [],
    chatKey: null,
    accountKeys: ['peer:5551234'],
    text: '',
    show: { title: '', url: '', thumbnailArtifactId: null, notes: 0, chat: chatName, sender: 'Marko', excerpt },
  };
}

const noSave = () => Promise.resolve(null);

describe('a group’s page', () => {
  it('shows every title it had, each with when it was first and last seen', async () => {
    const { dateTime } = createTranslator('en');
    await show(h(GroupDetail, { group: chat(), accounts: [], onSave: noSave }));
    expect($('h1')!.textContent).toBe('Balkan Room 2');
    const rows = $$('[data-testid="seen-history"]')[0]!.querySelectorAll('tbody tr');
    expect([...rows].map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['Balkan Room', dateTime('2026-11-10T10:00:00.000Z'), dateTime('2026-11-11T10:00:00.000Z')],
      ['Balkan Room 2', dateTime('2026-11-12T10:00:00.000Z'), dateTime('2026-11-14T10:00:00.000Z')],
    ]);
    expect(texts('[data-testid="member-counts"] tbody td.num')).toEqual(['1,234', '2,000']);
    expect($('main, article')!.textContent).toContain('@balkanroom');
  });

  it('links its captures, the accounts seen in it, and only a web link', async () => {
    await show(
      h(GroupDetail, {
        group: chat({ link: 'javascript:alert(1)' }),
        accounts: [{ key: 'peer:5551234', name: 'Marko' }],
        onSave: noSave,
      }),
    );
    expect(meant($('[data-testid="show-captures"]')!.getAttribute('href'))).toBe('#/?group=peer%3A-1001987654321');
    expect(meant($('[data-testid="account-links"] a')!.getAttribute('href'))).toBe('#/account/peer%3A5551234');
    expect($$('a').some((a) => a.getAttribute('href')?.startsWith('javascript:'))).toBe(false);
    expect(root.textContent).toContain('javascript:alert(1)');
  });

  it('renders captured names as text, never as markup', async () => {
    const hostile = '<img src=x onerror="alert(1)">Smokva';
    await show(
      h(GroupDetail, {
        group: chat({
          titles: [{ value: hostile, firstSeen: '2026-11-10T10:00:00.000Z', lastSeen: '2026-11-10T10:00:00.000Z' }],
        }),
        accounts: [],
        onSave: noSave,
      }),
    );
    expect($('h1')!.textContent).toBe(hostile);
    expect($('img')).toBeNull();
  });

  it('speaks the reader’s language', async () => {
    await show(h(GroupDetail, { group: chat(), accounts: [], onSave: noSave }), 'sr-Latn');
    expect(root.textContent).toContain('Naslovi tokom vremena');
    expect(root.textContent).toContain('2 zapisa');
    expect(root.textContent).toContain('supergrupa');
  });
});

describe('an account’s page', () => {
  it('lists the groups it was seen in by their names, and its captures across them', async () => {
    const { dateTime } = createTranslator('en');
    await show(
      h(AccountDetail, {
        account: account(),
        groups: [
          { key: 'peer:-1001987654321', name: 'Balkan Room 2' },
          { key: 'username:smokva', name: 'Smokva' },
        ],
        captures: [
          doc('c3', '2026-11-14T10:00:00.000Z', 'Smokva', 'Друга порака'),
          doc('c1', '2026-11-10T10:00:00.000Z', 'Balkan Room', ''),
        ],
        totalCaptures: 2,
        onSave: noSave,
      }),
    );
    expect(texts('[data-testid="group-links"] a')).toEqual(['Balkan Room 2', 'Smokva']);
    expect($$('[data-testid="group-links"] a').map((a) => meant(a.getAttribute('href')))).toEqual([
      '#/group/peer%3A-1001987654321',
      '#/group/username%3Asmokva',
    ]);
    const rows = $$('[data-testid="account-capture"]');
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      [dateTime('2026-11-14T10:00:00.000Z'), 'Smokva', 'Друга порака'],
      [dateTime('2026-11-10T10:00:00.000Z'), 'Balkan Room', 'No text'],
    ]);
    expect(rows[0]!.querySelector('a')!.getAttribute('href')).toBe('#/capture/c3');
    expect(meant($('[data-testid="show-captures"]')!.getAttribute('href'))).toBe('#/?account=peer%3A5551234');
    expect(root.textContent).not.toContain('are shown here');
  });

  it('says when only the newest of its captures are listed', async () => {
    await show(
      h(AccountDetail, {
        account: account(),
        groups: [],
        captures: [doc('c3', '2026-11-14T10:00:00.000Z', 'Smokva', 'x')],
        totalCaptures: 150,
        onSave: noSave,
      }),
    );
    expect(root.textContent).toContain('The newest 1 of 150 are shown here.');
    expect(root.textContent).toContain('This account was not seen in a group.');
  });
});

describe('the catalogue’s tables', () => {
  const groups = [
    chat(),
    chat({
      key: 'peer:-1001876543210',
      titles: [{ value: 'Смоква група', firstSeen: '2026-11-01T10:00:00.000Z', lastSeen: '2026-11-20T10:00:00.000Z' }],
      usernames: [
        { value: 'smokva_grupa', firstSeen: '2026-11-01T10:00:00.000Z', lastSeen: '2026-11-20T10:00:00.000Z' },
      ],
      memberCounts: [],
      captureIds: ['c3'],
      status: 'gone',
    }),
    chat({
      key: 'username:publicroom',
      peerId: null,
      titles: [{ value: 'Public Room', firstSeen: '2026-11-05T10:00:00.000Z', lastSeen: '2026-11-05T10:00:00.000Z' }],
      usernames: [],
      memberCounts: [],
      type: 'channel',
      captureIds: ['c4', 'c5', 'c6'],
    }),
  ];
  const names = () => texts('[data-testid="catalogue-row"] th');
  const click = (selector: string) => act(() => $(selector)!.click());

  it('lists every group, newest activity first, and sorts by the column chosen', async () => {
    await show(h(CatalogueTable, { kind: 'group', rows: groups.map(groupRow) }));
    expect(names()).toEqual(['Смоква група', 'Balkan Room 2', 'Public Room']);
    expect($('[data-testid="sort-lastSeen"]')!.closest('th')!.getAttribute('aria-sort')).toBe('descending');
    await click('[data-testid="sort-name"]');
    expect(names()).toEqual(['Balkan Room 2', 'Public Room', 'Смоква група']);
    expect($('[data-testid="sort-name"]')!.closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    await click('[data-testid="sort-name"]');
    expect(names()).toEqual(['Смоква група', 'Public Room', 'Balkan Room 2']);
    await click('[data-testid="sort-captures"]');
    expect(names()).toEqual(['Public Room', 'Balkan Room 2', 'Смоква група']);
    expect($$('[data-testid="catalogue-row"] a').map((a) => meant(a.getAttribute('href')))).toEqual([
      '#/group/username%3Apublicroom',
      '#/group/peer%3A-1001987654321',
      '#/group/peer%3A-1001876543210',
    ]);
  });

  it('shows each group’s usernames, type, last member count and status', async () => {
    await show(h(CatalogueTable, { kind: 'group', rows: [groupRow(groups[0]!)] }));
    const cells = [...$('[data-testid="catalogue-row"]')!.children].map((cell) => cell.textContent);
    expect(cells.slice(0, 6)).toEqual(['Balkan Room 2', '@balkanroom', 'supergroup', '2,000', 'unknown', '2']);
  });

  it('filters by any name or username it ever had, in either script and without marks', async () => {
    await show(h(CatalogueTable, { kind: 'group', rows: groups.map(groupRow) }));
    const filter = (value: string) =>
      act(() => {
        const input = $('[data-testid="catalogue-filter"]') as HTMLInputElement;
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    await filter('smokva');
    expect(names()).toEqual(['Смоква група']);
    await filter('balkan room');
    expect(names()).toEqual(['Balkan Room 2']);
    expect(root.textContent).toContain('Showing 1 of 3');
    await filter('@publicroom');
    expect(names()).toEqual(['Public Room']);
    await filter('nowhere');
    expect(names()).toEqual([]);
    expect(root.textContent).toContain('Nothing matches this filter.');
  });

  it('lists accounts with the names of the groups they were seen in', async () => {
    const rows = [account()].map((a) => accountRow(a, groupNames(groups)));
    await show(h(CatalogueTable, { kind: 'account', rows }));
    const cells = [...$('[data-testid="catalogue-row"]')!.children].map((cell) => cell.textContent);
    expect(cells.slice(0, 3)).toEqual(['Marko', '@marko_x', 'Balkan Room 2, username:smokva']);
    expect(meant($('[data-testid="catalogue-row"] a')!.getAttribute('href'))).toBe('#/account/peer%3A5551234');
  });

  it('says in plain words where groups come from when there are none', async () => {
    const csv = { busy: false, saved: null, error: null };
    await show(h(CatalogueList, { kind: 'group', rows: [], csv, onDownloadCsv: () => undefined }));
    expect($('[data-testid="catalogue-empty"]')!.textContent).toContain(
      'Groups and accounts appear here when you document Telegram messages.',
    );
    expect($('[data-testid="catalogue-csv"]')).toBeNull();
    expect($('nav a[aria-current="page"]')!.getAttribute('href')).toBe('#/groups');
  });

  it('offers the CSV and says where it was saved', async () => {
    const onDownloadCsv = vi.fn();
    const csv = { busy: false, saved: 'dokaz-accounts-2026-11-23.csv', error: null };
    await show(h(CatalogueList, { kind: 'account', rows: [accountRow(account(), new Map())], csv, onDownloadCsv }));
    await click('[data-testid="catalogue-csv"]');
    expect(onDownloadCsv).toHaveBeenCalledOnce();
    expect(root.textContent).toContain('Saved as dokaz-accounts-2026-11-23.csv.');
    expect($('nav a[aria-current="page"]')!.getAttribute('href')).toBe('#/accounts');
    expect(root.textContent).toContain('1 account');
  });
});

describe('the status and note form', () => {
  async function submit() {
    await act(async () => {
      ($('form') as HTMLFormElement).dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
  }

  it('saves the status and note chosen, and says so', async () => {
    const onSave = vi.fn().mockResolvedValue(null);
    await show(h(CatalogueEditForm, { id: 'f', status: 'unknown', note: 'old', onSave }));
    expect(($('label[for="f-status"]') as HTMLLabelElement).textContent).toBe('Status');
    await act(() => {
      const select = $('select') as HTMLSelectElement;
      select.value = 'gone';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      const note = $('textarea') as HTMLTextAreaElement;
      note.value = 'Deleted by Telegram on 20 Nov';
      note.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await submit();
    expect(onSave).toHaveBeenCalledWith({ status: 'gone', note: 'Deleted by Telegram on 20 Nov' });
    expect($('[role="status"]')!.textContent).toBe('Saved.');
    // Until the store's new values arrive, the fields keep what was saved.
    expect(($('select') as HTMLSelectElement).value).toBe('gone');
  });

  it('shows why it was not saved', async () => {
    const onSave = vi.fn().mockResolvedValue('The catalogue has no entry peer:1.');
    await show(h(CatalogueEditForm, { id: 'f', status: 'active', note: '', onSave }));
    await submit();
    expect($('[role="alert"]')!.textContent).toBe('Not saved: The catalogue has no entry peer:1.');
  });
});
