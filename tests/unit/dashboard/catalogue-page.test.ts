import { h, render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { I18nContext } from '@/components/i18n';
import { AccountPage, GroupPage, GroupsPage } from '@/entrypoints/dashboard/catalogue-page';
import { createTranslator } from '@/utils/i18n/translate';
import type { Request } from '@/utils/messages';
import { makeCapture, telegramMessage } from '../../factories';
import { useTestStore } from '../test-store';

/**
 * The catalogue's pages on a real store (fake IndexedDB): they follow the
 * store as captures arrive, and send the person's edits to the background
 * (played here by the store itself, as the background's handler does).
 */
const testStore = useTestStore();

vi.mock('@/entrypoints/dashboard/request', () => ({
  sendRequest: vi.fn(),
}));
const { sendRequest } = await import('@/entrypoints/dashboard/request');

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  vi.mocked(sendRequest).mockImplementation(async (request: Request) => {
    if (request.type !== 'updateCatalogueEntry') throw new Error(`unexpected ${request.type}`);
    const { kind, key, patch } = request.args;
    return testStore.store.updateCatalogueEntry(kind, key, patch);
  });
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

async function show(children: ComponentChildren): Promise<void> {
  await act(() => {
    render(h(I18nContext.Provider, { value: createTranslator('en') }, children), root);
  });
}

/** Waits for the page to show what the store now holds (liveQuery answers asynchronously). */
async function until(check: () => boolean): Promise<void> {
  await vi.waitFor(
    async () => {
      await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
      if (!check()) throw new Error(`not yet: ${root.textContent}`);
    },
    { timeout: 3000, interval: 20 },
  );
}

async function saveTelegram(id: string, at: string, post = telegramMessage()) {
  const { record, data } = await makeCapture({ id, capturedAt: at });
  record.post.structured = post;
  return testStore.store.saveCapture(record, data);
}

const rowNames = () => [...root.querySelectorAll('[data-testid="catalogue-row"] th')].map((th) => th.textContent);

describe('the catalogue pages', () => {
  it('show a group as soon as its first capture is stored', async () => {
    await show(h(GroupsPage, { store: testStore.store }));
    await until(() => root.querySelector('[data-testid="catalogue-empty"]') !== null);
    await saveTelegram('c1', '2026-11-10T10:00:00.000Z');
    await until(() => rowNames().length === 1);
    expect(rowNames()).toEqual(['Smokva']);
    await saveTelegram(
      'c2',
      '2026-11-12T10:00:00.000Z',
      telegramMessage({ chat: { peerId: -1001234567890, title: 'Balkan Room', username: 'balkanroom' } }),
    );
    await until(() => rowNames().length === 2);
    expect(rowNames()).toEqual(['Balkan Room', 'Smokva']);
  });

  it('download the groups as a CSV file named by the date', async () => {
    await saveTelegram('c1', '2026-11-10T10:00:00.000Z');
    const download = vi.spyOn(browser.downloads, 'download').mockResolvedValue(undefined);
    await show(h(GroupsPage, { store: testStore.store }));
    await until(() => rowNames().length === 1);
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="catalogue-csv"]')!.click());
    await until(() => root.textContent!.includes('Saved as dokaz-groups-'));
    expect(download).toHaveBeenCalledWith({
      url: expect.stringMatching(/^blob:/),
      filename: expect.stringMatching(/^dokaz-groups-\d{4}-\d\d-\d\d\.csv$/),
      saveAs: false,
    });
  });

  it('save a group’s status through the background, and show the stored value', async () => {
    await saveTelegram('c1', '2026-11-10T10:00:00.000Z');
    await show(h(GroupPage, { store: testStore.store, entryKey: 'peer:-1001987654321' }));
    await until(() => root.querySelector('select') !== null);
    await act(() => {
      const select = root.querySelector('select')!;
      select.value = 'gone';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(async () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(sendRequest).toHaveBeenCalledWith({
      type: 'updateCatalogueEntry',
      args: { kind: 'group', key: 'peer:-1001987654321', patch: { status: 'gone', note: '' } },
    });
    await until(() => root.querySelector('[data-testid="group-detail"] .facts')!.textContent!.includes('gone'));
    expect((await testStore.store.catalogue()).groups[0]!.status).toBe('gone');
    expect(root.querySelector('[data-testid="account-links"]')!.textContent).toBe('Marko');
  });

  it('list an account’s captures in every group, newest first', async () => {
    await saveTelegram('c1', '2026-11-10T10:00:00.000Z', telegramMessage({ text: 'Прва' }));
    await saveTelegram(
      'c2',
      '2026-11-12T10:00:00.000Z',
      telegramMessage({ chat: { peerId: -1001234567890, title: 'Balkan Room', username: null }, text: 'Втора' }),
    );
    await saveTelegram('c3', '2026-11-13T10:00:00.000Z', telegramMessage({ sender: { name: 'Other', peerId: 42 } }));
    await show(h(AccountPage, { store: testStore.store, entryKey: 'peer:5551234' }));
    await until(() => root.querySelectorAll('[data-testid="account-capture"]').length === 2);
    const rows = [...root.querySelectorAll('[data-testid="account-capture"]')];
    expect(rows.map((row) => row.getAttribute('data-capture-id'))).toEqual(['c2', 'c1']);
    expect(rows.map((row) => [...row.children].slice(1).map((cell) => cell.textContent))).toEqual([
      ['Balkan Room', 'Втора'],
      ['Smokva', 'Прва'],
    ]);
    expect([...root.querySelectorAll('[data-testid="group-links"] a')].map((a) => a.textContent)).toEqual([
      'Smokva',
      'Balkan Room',
    ]);
  });

  it('say so when the entry is not in the catalogue', async () => {
    await show(h(GroupPage, { store: testStore.store, entryKey: 'peer:1' }));
    await until(() => root.querySelector('h1') !== null);
    expect(root.querySelector('h1')!.textContent).toBe('This group is not in the catalogue');
  });
});
