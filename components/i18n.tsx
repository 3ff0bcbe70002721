import { createContext, type ComponentChildren, type VNode } from 'preact';
import { useContext } from 'preact/hooks';
import type { UiKey } from '../utils/i18n/catalog';
import { createTranslator, formatMessage, type Params, type Translator } from '../utils/i18n/translate';

/**
 * The language of the page. Pages provide it (utils/i18n/page-language.ts);
 * components take their words from it, never from string literals.
 */
export const I18nContext = createContext<Translator>(createTranslator('en'));

export function useI18n(): Translator {
  return useContext(I18nContext);
}

/**
 * A message whose placeholders are elements, e.g. "choose {menuItem}" with
 * the menu item in <strong>. Text parts stay text: nothing is parsed as HTML.
 */
export function Rich({ k, params = {}, parts }: { k: UiKey; params?: Params; parts: Record<string, VNode> }) {
  const { locale, catalog } = useI18n();
  // The placeholders of `parts` stay in the text (a count still chooses the plural form), then become elements.
  const filled = formatMessage(locale, catalog.ui[k], params, new Set(Object.keys(parts)));
  const children: ComponentChildren[] = [];
  let last = 0;
  for (const match of filled.matchAll(/\{(\w+)\}/g)) {
    const part = parts[match[1]!];
    if (!part) continue;
    children.push(filled.slice(last, match.index), part);
    last = match.index + match[0].length;
  }
  children.push(filled.slice(last));
  return <>{children}</>;
}

/** Alt+Shift+D (documenting), or Alt+Shift+X (the quick exit), as keys. */
export function ShortcutKeys({ letter = 'D' }: { letter?: 'D' | 'X' }) {
  return (
    <>
      <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>{letter}</kbd>
    </>
  );
}
