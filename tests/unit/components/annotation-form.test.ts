import { h } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { AnnotationForm, changedPatch, draftOf, parseTags } from '@/components/AnnotationForm';
import type { Annotation, Case } from '@/utils/case-work/types';
import { CATALOGS } from '@/utils/i18n/catalogs';
import { click, choose, renderIn, submit, type } from './render-in';

const CASES: Case[] = [
  {
    id: 'case-1',
    name: 'Smokva public room',
    description: '',
    personAlias: 'A.',
    status: 'open',
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
  },
  {
    id: 'case-2',
    name: 'Old channel',
    description: '',
    personAlias: '',
    status: 'closed',
    createdAt: '2026-10-01T10:00:00.000Z',
    updatedAt: '2026-10-01T10:00:00.000Z',
  },
];

const STORED: Annotation = {
  captureId: 'capture-1',
  caseId: 'case-1',
  tags: ['photo', 'name'],
  categories: ['intimate-images'],
  note: 'Posted twice.',
  updatedAt: '2026-11-02T10:00:00.000Z',
};

const IDLE = { busy: false, error: null, saved: false };

describe('changedPatch', () => {
  it('is empty for the stored annotation, however the tags were spaced', () => {
    expect(changedPatch(STORED, draftOf(STORED))).toEqual({});
    expect(changedPatch(STORED, { ...draftOf(STORED), tags: ' photo ,name,, ' })).toEqual({});
  });

  it('names only what differs, categories in their canonical order', () => {
    const patch = changedPatch(STORED, {
      ...draftOf(STORED),
      caseId: null,
      categories: ['doxxing', 'threat', 'intimate-images'],
    });
    expect(patch).toEqual({ caseId: null, categories: ['threat', 'intimate-images', 'doxxing'] });
  });

  it('reads tags as a comma-separated list without blanks or repeats', () => {
    expect(parseTags('a, b ,, a , c')).toEqual(['a', 'b', 'c']);
    expect(parseTags('  ')).toEqual([]);
  });
});

describe('AnnotationForm', () => {
  it('shows the current annotation: case, tags, categories and note', async () => {
    const form = await renderIn(
      'en',
      h(AnnotationForm, { annotation: STORED, cases: CASES, state: IDLE, onSave: vi.fn() }),
    );
    expect(form.querySelector<HTMLSelectElement>('#annotation-case')!.value).toBe('case-1');
    expect(form.querySelector<HTMLInputElement>('#annotation-tags')!.value).toBe('photo, name');
    expect(form.querySelector<HTMLTextAreaElement>('#annotation-note')!.value).toBe('Posted twice.');
    const checked = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].filter((box) => box.checked);
    expect(checked.map((box) => box.value)).toEqual(['intimate-images']);
    expect(form.querySelectorAll('input[type=checkbox]')).toHaveLength(10);
    expect(form.textContent).toContain('Old channel (closed)');
    expect(form.textContent).toContain(CATALOGS.en.categories.doxxing);
  });

  it('sends only the fields that were changed', async () => {
    const onSave = vi.fn();
    const form = await renderIn('en', h(AnnotationForm, { annotation: STORED, cases: CASES, state: IDLE, onSave }));
    await type(form.querySelector('#annotation-tags'), 'photo, name, phone number');
    await click(form.querySelector('input[value="doxxing"]'));
    await submit(form.querySelector('form'));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave).toHaveBeenCalledWith({
      tags: ['photo', 'name', 'phone number'],
      categories: ['intimate-images', 'doxxing'],
    });

    onSave.mockClear();
    await choose(form.querySelector('#annotation-case'), '');
    await type(form.querySelector('#annotation-tags'), 'photo,name');
    await click(form.querySelector('input[value="doxxing"]'));
    await submit(form.querySelector('form'));
    expect(onSave).toHaveBeenCalledWith({ caseId: null });
  });

  it('sends nothing when nothing changed, and says so', async () => {
    const onSave = vi.fn();
    const form = await renderIn('en', h(AnnotationForm, { annotation: STORED, cases: CASES, state: IDLE, onSave }));
    await submit(form.querySelector('form'));
    expect(onSave).not.toHaveBeenCalled();
    expect(form.querySelector('[data-testid="annotation-status"]')!.textContent).toBe(
      CATALOGS.en.ui['annotation.unchanged'],
    );
  });

  it('says when it was saved, and why it was not', async () => {
    const saved = await renderIn(
      'en',
      h(AnnotationForm, { annotation: STORED, cases: CASES, state: { ...IDLE, saved: true }, onSave: vi.fn() }),
    );
    expect(saved.textContent).toContain(CATALOGS.en.ui['annotation.saved']);
    const failed = await renderIn(
      'en',
      h(AnnotationForm, {
        annotation: STORED,
        cases: CASES,
        state: { ...IDLE, error: 'There is no case x.' },
        onSave: vi.fn(),
      }),
    );
    expect(failed.querySelector('[role="alert"]')!.textContent).toBe('Not saved: There is no case x.');
  });

  it('speaks Albanian, with the categories in Albanian', async () => {
    const form = await renderIn(
      'sq',
      h(AnnotationForm, { annotation: STORED, cases: CASES, state: IDLE, onSave: vi.fn() }),
    );
    const sq = CATALOGS.sq;
    expect(form.querySelector('h2')!.textContent).toBe(sq.ui['annotation.heading']);
    expect(form.querySelector('legend')!.textContent).toBe(sq.ui['annotation.categories']);
    expect(form.textContent).toContain(sq.categories['intimate-images']);
    expect(form.textContent).toContain(sq.ui['annotation.explain']);
    expect(form.textContent).toContain(`Old channel (i mbyllur)`);
  });
});
