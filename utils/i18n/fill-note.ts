/**
 * A note kept as a key and values (utils/notes/note.ts), filled into a template of the `notes` catalog: `{name}`
 * by its value, `{problem}` by the note it quotes (worded by `quoted`); a placeholder with no value stays as it is.
 * Imports nothing, so that the page's extractors and the verifier share it without the catalogs.
 */
export interface NoteParts {
  values: Readonly<Record<string, string>>;
  problem?: NoteParts & { key: string };
}

/** The placeholder a note quotes another note in: an extractor's `{problem}` (its layout problem). */
export const QUOTED_PLACEHOLDER = 'problem';

export function fillNote(
  template: string,
  found: NoteParts,
  quoted: (note: NoteParts & { key: string }) => string,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (Object.hasOwn(found.values, name)) return found.values[name]!;
    if (name === QUOTED_PLACEHOLDER && found.problem) return quoted(found.problem);
    return whole;
  });
}
