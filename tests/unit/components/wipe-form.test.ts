import { h } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { isWipeWord, WipeForm } from '@/components/WipeForm';
import { CATALOGS } from '@/utils/i18n/catalogs';
import { formatMessage } from '@/utils/i18n/translate';
import { click, renderIn, submit, type } from './render-in';

/** "Delete everything": nothing is sent before the explanation has been read and the word typed. */
const en = CATALOGS.en.ui;

const button = (root: HTMLElement, label: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === label) ?? null;

async function openToWord(root: HTMLElement): Promise<void> {
  await click(button(root, en['wipe.open']));
  await click(button(root, en['wipe.continue']));
}

describe('WipeForm', () => {
  it('first says what goes, that it cannot be undone, and offers the export', async () => {
    const onWipe = vi.fn();
    const offer = h('div', { 'data-testid': 'offer' });
    const root = await renderIn('en', h(WipeForm, { busy: false, error: null, onWipe, exportOffer: offer }));
    expect(root.querySelector('[data-testid="wipe-explain"]')).toBeNull();
    await click(button(root, en['wipe.open']));
    const explain = root.querySelector('[data-testid="wipe-explain"]')!;
    const items = [...explain.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual([
      en['wipe.item.captures'],
      en['wipe.item.custody'],
      en['wipe.item.cases'],
      en['wipe.item.catalogue'],
      en['wipe.item.key'],
      en['wipe.item.settings'],
    ]);
    expect(explain.textContent).toContain(en['wipe.irreversible']);
    expect(explain.textContent).toContain(en['wipe.exportFirst']);
    expect(explain.querySelector('[data-testid="offer"]')).not.toBeNull();
    expect(root.querySelector('input')).toBeNull();
    expect(onWipe).not.toHaveBeenCalled();
  });

  it('offers no export when there is nothing to export', async () => {
    const root = await renderIn('en', h(WipeForm, { busy: false, error: null, onWipe: vi.fn() }));
    await click(button(root, en['wipe.open']));
    expect(root.textContent).not.toContain(en['wipe.exportFirst']);
  });

  it('deletes nothing on a wrong or missing word, and says so', async () => {
    const onWipe = vi.fn();
    const root = await renderIn('en', h(WipeForm, { busy: false, error: null, onWipe }));
    await openToWord(root);
    const label = root.querySelector('label[for="wipe-word"]')!;
    expect(label.textContent).toBe(formatMessage('en', en['wipe.wordLabel'], { word: 'DELETE' }));
    await submit(root.querySelector('form'));
    await type(root.querySelector('#wipe-word'), 'DELET');
    await submit(root.querySelector('form'));
    await type(root.querySelector('#wipe-word'), 'yes');
    await submit(root.querySelector('form'));
    expect(onWipe).not.toHaveBeenCalled();
    expect(root.querySelector('.field-error')!.textContent).toBe(
      formatMessage('en', en['wipe.wrongWord'], { word: 'DELETE' }),
    );
    expect(root.querySelector('#wipe-word')!.getAttribute('aria-invalid')).toBe('true');
  });

  it('deletes once both confirmations are given, the word in any case', async () => {
    const onWipe = vi.fn();
    const root = await renderIn('en', h(WipeForm, { busy: false, error: null, onWipe }));
    await openToWord(root);
    await type(root.querySelector('#wipe-word'), '  delete ');
    await submit(root.querySelector('form'));
    expect(onWipe).toHaveBeenCalledTimes(1);
  });

  it('starts over after Cancel', async () => {
    const onWipe = vi.fn();
    const root = await renderIn('en', h(WipeForm, { busy: false, error: null, onWipe }));
    await openToWord(root);
    await type(root.querySelector('#wipe-word'), 'DELETE');
    await click(button(root, en['wipe.cancel']));
    expect(root.querySelector('form')).toBeNull();
    expect(button(root, en['wipe.open'])).not.toBeNull();
    expect(onWipe).not.toHaveBeenCalled();
  });

  it('shows a failure and no second click while busy', async () => {
    const root = await renderIn('en', h(WipeForm, { busy: true, error: 'disk full', onWipe: vi.fn() }));
    await openToWord(root);
    expect(root.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled).toBe(true);
    expect(root.querySelector('[role="alert"]')!.textContent).toBe(
      formatMessage('en', en['wipe.failed'], { reason: 'disk full' }),
    );
  });

  it('asks for the word in Macedonian, and takes it typed on a Latin keyboard', async () => {
    const mk = CATALOGS.mk.ui;
    const onWipe = vi.fn();
    const root = await renderIn('mk', h(WipeForm, { busy: false, error: null, onWipe }));
    await click(button(root, mk['wipe.open']));
    await click(button(root, mk['wipe.continue']));
    expect(root.querySelector('label[for="wipe-word"]')!.textContent).toContain('ИЗБРИШИ');
    await type(root.querySelector('#wipe-word'), 'izbrisi');
    await submit(root.querySelector('form'));
    expect(onWipe).toHaveBeenCalledTimes(1);
  });
});

describe('isWipeWord', () => {
  it('compares in any case and script, without marks, and nothing else', () => {
    expect(isWipeWord('OBRIŠI', 'OBRIŠI')).toBe(true);
    expect(isWipeWord('obrisi', 'ОБРИШИ')).toBe(true);
    expect(isWipeWord('Izbriši', 'IZBRIŠI')).toBe(true);
    expect(isWipeWord('fshi', 'FSHI')).toBe(true);
    expect(isWipeWord('', 'DELETE')).toBe(false);
    expect(isWipeWord('DELETE ALL', 'DELETE')).toBe(false);
  });
});
