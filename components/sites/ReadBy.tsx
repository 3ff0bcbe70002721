import { Fact } from '../Facts';
import { useI18n } from '../i18n';
import type { Note } from '../../utils/notes/note';
import { shownNotes } from '../../utils/i18n/notes';

/** Which extractor read a site's post, and what it could not read, in the reader's language. */
export function ReadBy({
  extractor,
  warnings,
  notes,
}: {
  extractor: string;
  warnings: readonly string[];
  /** The warnings as notes, in records that keep them (dokaz-capture/3). */
  notes?: readonly Note[];
}) {
  const { t, locale } = useI18n();
  return (
    <Fact label={t('telegram.readBy')}>
      <code>{extractor}</code>
      {warnings.length ? (
        <ul class="plain sub">
          {shownNotes(warnings, notes, locale).map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      ) : null}
    </Fact>
  );
}
