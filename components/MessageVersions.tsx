import type { MessageHistory } from '../utils/case-work/message-versions';
import type { UiKey } from '../utils/i18n/catalog';
import { useI18n } from './i18n';

/** The members of a message's content (utils/sites/telegram/chat-walkers.ts), by the words that name them. */
const MEMBER_KEYS: Partial<Record<string, UiKey>> = {
  text: 'versions.member.text',
  entities: 'versions.member.entities',
  edited: 'versions.member.edited',
  media: 'versions.member.media',
};

/**
 * A chat message's versions on its capture's page: each capture of it, oldest first, with what changed, and since
 * when a run no longer found it in the chat.
 */
export function MessageVersions({ history, current }: { history: MessageHistory; current: string }) {
  const { t, dateTime } = useI18n();
  // Gone since the first run that no longer found it after its latest version (a message can come back).
  const last = history.versions.at(-1)?.capturedAt ?? '';
  const gone = history.notFound.find((n) => n.at > last);
  if (history.versions.length < 2 && !gone) return null;
  return (
    <section class="message-versions" data-testid="message-versions">
      <h2>{t('versions.title')}</h2>
      {gone ? (
        <p class="warning" data-testid="message-gone">
          {t('versions.gone', { date: dateTime(gone.at) })}
        </p>
      ) : null}
      <ol>
        {history.versions.map((version) => {
          const changed =
            version.changed === null
              ? t('versions.first')
              : version.changed.length === 0
                ? t('versions.unchanged')
                : t('versions.changed', {
                    what: version.changed.map((m) => (MEMBER_KEYS[m] ? t(MEMBER_KEYS[m]) : m)).join(', '),
                  });
          const when = <time dateTime={version.capturedAt}>{dateTime(version.capturedAt)}</time>;
          return (
            <li key={version.captureId}>
              {version.captureId === current ? (
                <strong>
                  {when} · {t('versions.this')}
                </strong>
              ) : (
                <a href={`#/capture/${encodeURIComponent(version.captureId)}`}>{when}</a>
              )}{' '}
              — {changed}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
