import { useI18n } from './i18n';

/** What a page shows while its data loads, or when it could not be read. */
export function Loading({ text }: { text?: string }) {
  const { t } = useI18n();
  return (
    <p class="page-state" role="status">
      {text ?? t('state.loading')}
    </p>
  );
}

export function LoadFailed({ what, message }: { what: string; message: string }) {
  const { t } = useI18n();
  return (
    <div class="page-state page-state-error" role="alert">
      <p>
        <strong>{t('state.loadFailed', { what })}</strong>
      </p>
      <p>{message}</p>
      <p>{t('state.reloadHint')}</p>
    </div>
  );
}
