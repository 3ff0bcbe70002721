import { h } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { CaseForm } from '@/components/CaseForm';
import { CaseList } from '@/components/CaseList';
import type { Case } from '@/utils/case-work/types';
import { CATALOGS } from '@/utils/i18n/catalogs';
import { formatMessage } from '@/utils/i18n/translate';
import { choose, renderIn, submit, type } from './render-in';
import { meant } from './addresses';

const CASE: Case = {
  id: 'case/1',
  name: 'Smokva public room',
  description: 'Photos of A. reposted with her number.',
  personAlias: 'A.',
  status: 'open',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
};

describe('CaseForm', () => {
  it('refuses an empty name, saying why, and sends nothing', async () => {
    const onSubmit = vi.fn();
    const form = await renderIn('en', h(CaseForm, { busy: false, error: null, onSubmit }));
    await type(form.querySelector('input[name="name"]'), '   ');
    await type(form.querySelector('input[name="personAlias"]'), 'A.');
    await submit(form.querySelector('form'));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(form.querySelector('.field-error')!.textContent).toBe(CATALOGS.en.ui['caseForm.nameBlank']);
    expect(form.querySelector('input[name="name"]')!.getAttribute('aria-invalid')).toBe('true');
  });

  it('sends the trimmed fields of a new case, without a status', async () => {
    const onSubmit = vi.fn();
    const form = await renderIn('en', h(CaseForm, { busy: false, error: null, onSubmit }));
    expect(form.querySelector('select')).toBeNull();
    await type(form.querySelector('input[name="name"]'), '  Smokva  ');
    await type(form.querySelector('textarea[name="description"]'), ' reposts ');
    await submit(form.querySelector('form'));
    expect(onSubmit).toHaveBeenCalledWith({ name: 'Smokva', description: 'reposts', personAlias: '' });
  });

  it('edits a case, its status included', async () => {
    const onSubmit = vi.fn();
    const form = await renderIn('en', h(CaseForm, { initial: CASE, busy: false, error: null, onSubmit }));
    expect(form.querySelector<HTMLInputElement>('input[name="name"]')!.value).toBe(CASE.name);
    await choose(form.querySelector('select[name="status"]'), 'closed');
    await submit(form.querySelector('form'));
    expect(onSubmit).toHaveBeenCalledWith({
      name: CASE.name,
      description: CASE.description,
      personAlias: 'A.',
      status: 'closed',
    });
  });

  it('says in Macedonian that the alias is optional and may be a pseudonym', async () => {
    const form = await renderIn('mk', h(CaseForm, { busy: false, error: null, onSubmit: vi.fn() }));
    const mk = CATALOGS.mk.ui;
    expect(form.textContent).toContain(mk['caseForm.alias']);
    expect(form.textContent).toContain(mk['caseForm.aliasHint']);
    expect(form.querySelector('button[type="submit"]')!.textContent).toBe(mk['caseForm.create']);
  });
});

describe('CaseList', () => {
  it('shows the active case, its captures and a link to them, in Serbian Cyrillic', async () => {
    const onActivate = vi.fn();
    const list = await renderIn(
      'sr-Cyrl',
      h(CaseList, {
        rows: [{ case: CASE, captures: 3 }],
        activeId: CASE.id,
        busy: false,
        error: null,
        onActivate,
        editingId: null,
        onEdit: vi.fn(),
      }),
    );
    const sr = CATALOGS['sr-Cyrl'].ui;
    expect(list.querySelector('[data-testid="active-case"]')!.textContent).toBe(
      formatMessage('sr-Cyrl', sr['cases.activeIs'], { name: CASE.name }),
    );
    expect(list.querySelector('[data-testid="case-captures"]')!.textContent).toBe('3 записа');
    expect(meant(list.querySelector('a')!.getAttribute('href'))).toBe('#/?case=case%2F1');
    const stop = [...list.querySelectorAll('button')].find((b) => b.textContent === sr['cases.stopActive'])!;
    stop.click();
    expect(onActivate).toHaveBeenCalledWith(null);
  });
});
