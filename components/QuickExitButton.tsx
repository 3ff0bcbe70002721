import { useI18n } from './i18n';

/** The quick exit: on every Dokaz page, always in the same place, one click away. */
export function QuickExitButton({ onExit }: { onExit: () => void }) {
  const { t } = useI18n();
  return (
    <button type="button" class="quick-exit" data-testid="quick-exit" title={t('quickExit.title')} onClick={onExit}>
      {t('quickExit.label')}
    </button>
  );
}
