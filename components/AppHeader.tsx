import { useI18n } from './i18n';
import { QuickExitButton } from './QuickExitButton';

export type Section = 'captures' | 'cases' | 'catalogue' | 'custody' | 'settings' | 'keyCard';

interface AppHeaderProps {
  /** The section being shown, marked for screen readers; null on a page of neither. */
  current: Section | null;
  /** Where the brand icon is; pages pass the extension's URL of it. */
  iconUrl: string;
  /** The quick exit (the victim-safety issue): the page leaves for a neutral site. */
  onQuickExit: () => void;
}

export function AppHeader({ current, iconUrl, onQuickExit }: AppHeaderProps) {
  const { t } = useI18n();
  const currentIf = (section: Section) => (current === section ? 'page' : undefined);
  return (
    <header class="app-header">
      <div class="app-header-inner">
        <a class="brand" href="#/">
          <img src={iconUrl} alt="" width={28} height={28} />
          <span>{t('app.name')}</span>
        </a>
        <nav aria-label={t('nav.main')}>
          <ul>
            <li>
              <a href="#/" aria-current={currentIf('captures')}>
                {t('nav.captures')}
              </a>
            </li>
            <li>
              <a href="#/cases" aria-current={currentIf('cases')}>
                {t('nav.cases')}
              </a>
            </li>
            <li>
              <a href="#/groups" aria-current={currentIf('catalogue')}>
                {t('nav.catalogue')}
              </a>
            </li>
            <li>
              <a href="#/custody" aria-current={currentIf('custody')}>
                {t('nav.custody')}
              </a>
            </li>
            <li>
              <a href={`verify.html${location.search}`}>{t('nav.verify')}</a>
            </li>
            <li>
              <a href="#/key-card" aria-current={currentIf('keyCard')}>
                {t('nav.keyCard')}
              </a>
            </li>
            <li>
              <a href="#/settings" aria-current={currentIf('settings')}>
                {t('nav.settings')}
              </a>
            </li>
          </ul>
        </nav>
        <QuickExitButton onExit={onQuickExit} />
      </div>
    </header>
  );
}
