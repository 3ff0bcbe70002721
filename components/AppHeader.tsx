export type Section = 'captures' | 'custody' | 'settings';

interface AppHeaderProps {
  /** The section being shown, marked for screen readers; null on a page of neither. */
  current: Section | null;
  /** Where the brand icon is; pages pass the extension's URL of it. */
  iconUrl: string;
}

export function AppHeader({ current, iconUrl }: AppHeaderProps) {
  const currentIf = (section: Section) => (current === section ? 'page' : undefined);
  return (
    <header class="app-header">
      <div class="app-header-inner">
        <a class="brand" href="#/">
          <img src={iconUrl} alt="" width={28} height={28} />
          <span>Dokaz</span>
        </a>
        <nav aria-label="Main">
          <ul>
            <li>
              <a href="#/" aria-current={currentIf('captures')}>
                Captures
              </a>
            </li>
            <li>
              <a href="#/custody" aria-current={currentIf('custody')}>
                Custody log
              </a>
            </li>
            <li>
              <a href="verify.html">Verify a pack</a>
            </li>
            <li>
              <a href="#/settings" aria-current={currentIf('settings')}>
                Settings
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
