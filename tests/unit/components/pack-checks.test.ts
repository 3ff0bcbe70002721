import { h } from 'preact';
import { describe, expect, it } from 'vitest';
import { PackChecks } from '@/components/PackChecks';
import { CATALOGS } from '@/utils/i18n/catalogs';
import { LOCALES } from '@/utils/i18n/locales';
import { createTranslator, formatMessage } from '@/utils/i18n/translate';
import { createCheckList, m } from '@/utils/pack/verify/check-list';
import type { PackVerdict } from '@/utils/pack/types';
import { renderIn } from './render-in';

/** The verify page's list of checks: a warning is shown apart, in its own colour and mark, and fails nothing. */
function verdictWith(warn: boolean): PackVerdict {
  const list = createCheckList();
  list.pass('custody-chain', 'custody.jsonl', m('custody.chainOk'));
  if (warn) {
    list.warn(
      'custody-clock',
      'custody.jsonl event #3',
      m('custody.clockBack', { at: '2026-11-23T12:00:03.000Z', seq: '2', before: '2026-11-23T12:00:12.000Z' }),
    );
  }
  const { checks } = list;
  return {
    ok: checks.every((check) => check.ok),
    format: 'dokaz-pack/1',
    keyFingerprint: null,
    captures: 1,
    checks,
    signer: { status: 'unconfirmed', actual: null },
  };
}

describe('PackChecks', () => {
  it.each(LOCALES)(
    'in %s, lists a warning first, marked ⚠, with the count of warnings under the verdict',
    async (locale) => {
      const page = await renderIn(locale, h(PackChecks, { fileName: 'pack.zip', verdict: verdictWith(true) }));
      expect(page.querySelector('[data-testid="pack-verdict"]')!.getAttribute('data-ok')).toBe('true');
      const warning = formatMessage(locale, CATALOGS[locale].pack.verdict.warnings, { count: 1 });
      expect(page.querySelector('[data-testid="pack-warnings"]')!.textContent).toBe(warning);
      const [first, second] = page.querySelectorAll('[data-testid="pack-check"]');
      expect(first!.className).toBe('check warning');
      expect(first!.getAttribute('data-ok')).toBe('true');
      expect(first!.textContent).toMatch(/^⚠ /);
      expect(first!.textContent).toContain(CATALOGS[locale].pack.checks['custody-clock']);
      expect(second!.className).toBe('check ok');
    },
  );

  it.each(LOCALES)('in %s, lists the earlier keys that handed over to the pack’s, with when', async (locale) => {
    const at = '2026-11-23T12:00:03.000Z';
    const verdict = {
      ...verdictWith(false),
      keyHistory: [{ fingerprint: 'ab'.repeat(32), to: 'cd'.repeat(32), at, seq: 4 }],
    };
    const page = await renderIn(locale, h(PackChecks, { fileName: 'pack.zip', verdict }));
    const { verdict: words } = CATALOGS[locale].pack;
    const list = page.querySelector('[data-testid="earlier-keys"]')!;
    expect(list.closest('.fact')!.querySelector('dt')!.textContent).toBe(words.earlierKeys);
    const date = createTranslator(locale).dateTime(at, { long: true });
    expect(list.textContent).toBe(`${'ab'.repeat(32)}${formatMessage(locale, words.handedOver, { date })}`);
    const plain = await renderIn(locale, h(PackChecks, { fileName: 'pack.zip', verdict: verdictWith(false) }));
    expect(plain.querySelector('[data-testid="earlier-keys"]')).toBeNull();
  });

  it('says nothing of warnings when there are none', async () => {
    const page = await renderIn('en', h(PackChecks, { fileName: 'pack.zip', verdict: verdictWith(false) }));
    expect(page.querySelector('[data-testid="pack-warnings"]')).toBeNull();
    expect([...page.querySelectorAll('.check.warning')]).toEqual([]);
  });
});
