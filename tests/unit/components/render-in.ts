import { h, render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';
import { I18nContext } from '@/components/i18n';
import type { Locale } from '@/utils/i18n/locales';
import { createTranslator } from '@/utils/i18n/translate';

/** Components rendered into a div of happy-dom's document, in a language, as a page provides it. */
const mounted: HTMLElement[] = [];

afterEach(() => {
  for (const container of mounted.splice(0)) {
    render(null, container);
    container.remove();
  }
});

export async function renderIn(locale: Locale, element: ComponentChild): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  await act(() => render(h(I18nContext.Provider, { value: createTranslator(locale) }, element), container));
  return container;
}

/** Types into a text field as a person does: the value, then the input event Preact listens to. */
export async function type(field: Element | null, value: string): Promise<void> {
  if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) throw new Error('no text field');
  await act(() => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function choose(select: Element | null, value: string): Promise<void> {
  if (!(select instanceof HTMLSelectElement)) throw new Error('no select');
  await act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export async function click(element: Element | null): Promise<void> {
  if (!(element instanceof HTMLElement)) throw new Error('nothing to click');
  await act(() => element.click());
}

export async function submit(form: Element | null): Promise<void> {
  if (!(form instanceof HTMLFormElement)) throw new Error('no form');
  await act(() => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}
