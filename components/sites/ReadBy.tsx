import { Fact } from '../Facts';
import { useI18n } from '../i18n';
import { noteText } from '../../utils/i18n/notes';

/** Which extractor read a site's post, and what it could not read, in the reader's language. */
export function ReadBy({ extractor, warnings }: { extractor: string; warnings: readonly string[] }) {
  const { t, locale } = useI18n();
  return (
    <Fact label={t('telegram.readBy')}>
      <code>{extractor}</code>
      {warnings.length ? (
        <ul class="plain sub">
          {warnings.map((w, i) => (
            <li key={i}>{noteText(w, locale)}</li>
          ))}
        </ul>
      ) : null}
    </Fact>
  );
}
