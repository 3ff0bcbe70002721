import { canonicalJson } from '../canonical-json';
import { sha256Hex } from '../hash';
import { CATEGORY_KEYS, type Annotation, type AnnotationPatch } from './types';

/** The annotation of a capture nobody has annotated yet. */
export function emptyAnnotation(captureId: string, at: string): Annotation {
  return { captureId, caseId: null, tags: [], categories: [], note: '', updatedAt: at };
}

const MAX_TAGS = 50;
const MAX_TAG = 100;
const MAX_NOTE = 20_000;

export class AnnotationError extends Error {
  override name = 'AnnotationError';
}

/**
 * `patch` applied to `current`, tidied: tags trimmed, without repeats, in the
 * order given; categories only the known ones, in their canonical order.
 * Throws on what no person would mean (an unknown category, a huge note).
 */
export function applyPatch(current: Annotation, patch: AnnotationPatch, at: string): Annotation {
  const tags = patch.tags ?? current.tags;
  const categories = patch.categories ?? current.categories;
  const note = patch.note ?? current.note;
  for (const category of categories) {
    if (!(CATEGORY_KEYS as readonly string[]).includes(category))
      throw new AnnotationError(`unknown category ${category}`);
  }
  if (tags.length > MAX_TAGS || tags.some((tag) => typeof tag !== 'string' || tag.length > MAX_TAG)) {
    throw new AnnotationError('too many or too long tags');
  }
  if (typeof note !== 'string' || note.length > MAX_NOTE) throw new AnnotationError('the note is too long');
  return {
    captureId: current.captureId,
    caseId: patch.caseId === undefined ? current.caseId : patch.caseId,
    tags: [...new Set(tags.map((tag) => tag.trim()).filter(Boolean))],
    categories: CATEGORY_KEYS.filter((key) => categories.includes(key)),
    note,
    updatedAt: at,
  };
}

/** The fields that differ; `updatedAt` is not a change. */
export function changedFields(before: Annotation, after: Annotation): (keyof AnnotationPatch)[] {
  const fields = ['caseId', 'tags', 'categories', 'note'] as const;
  return fields.filter((field) => canonicalJson(before[field]) !== canonicalJson(after[field]));
}

/**
 * The `details` of an `annotated` custody event: which fields changed and the
 * SHA-256 of the old and new values (canonical JSON of the four fields), so
 * the log proves what changed when without holding a victim's notes.
 */
export async function annotatedDetails(before: Annotation, after: Annotation) {
  const values = (a: Annotation) => ({ caseId: a.caseId, tags: a.tags, categories: a.categories, note: a.note });
  const [beforeSha256, afterSha256] = await Promise.all([
    sha256Hex(canonicalJson(values(before))),
    sha256Hex(canonicalJson(values(after))),
  ]);
  return { fields: changedFields(before, after), beforeSha256, afterSha256 };
}
