import { useEffect, useRef, useState } from 'preact/hooks';
import { AppHeader, type Section } from '@/components/AppHeader';
import { useI18n } from '@/components/i18n';
import type { UiKey } from '@/utils/i18n/catalog';
import { quickExitFromPage } from '@/utils/safety/quick-exit';
import type { Store } from '@/utils/store';
import { CapturePage } from './capture-page';
import { CapturesPage } from './captures-page';
import { CustodyPage } from './custody-page';
import { parseRoute, type Route } from './route';
import { CasesPage } from './cases-page';
import { AccountPage, AccountsPage, GroupPage, GroupsPage } from './catalogue-page';
import { KeyCardPage } from './key-card-page';
import { SettingsPage } from './settings-page';

const SECTIONS: Record<Route['name'], Section | null> = {
  captures: 'captures',
  capture: 'captures',
  cases: 'cases',
  groups: 'catalogue',
  group: 'catalogue',
  accounts: 'catalogue',
  account: 'catalogue',
  custody: 'custody',
  settings: 'settings',
  keyCard: 'keyCard',
  unknown: null,
};

const TITLES: Record<Route['name'], UiKey> = {
  captures: 'title.captures',
  capture: 'title.capture',
  custody: 'title.custody',
  settings: 'title.settings',
  keyCard: 'title.keyCard',
  cases: 'title.cases',
  groups: 'title.groups',
  group: 'title.group',
  accounts: 'title.accounts',
  account: 'title.account',
  unknown: 'title.notFound',
};

export function App({ store, iconUrl }: { store: Store; iconUrl: string }) {
  const route = useHashRoute();
  const { t } = useI18n();
  const [notice, setNotice] = useState<UiKey | null>(null);
  const routeKey =
    route.name === 'capture'
      ? `capture/${route.id}`
      : route.name === 'group' || route.name === 'account'
        ? `${route.name}/${route.key}`
        : route.name;

  useEffect(() => {
    if (route.name !== 'captures') setNotice(null);
    document.title = t('title.page', { page: t(TITLES[route.name]) });
  }, [routeKey, t]);
  useFocusHeadingOnNavigation(routeKey);

  return (
    <>
      <AppHeader current={SECTIONS[route.name]} iconUrl={iconUrl} onQuickExit={() => quickExitFromPage()} />
      <main id="main">
        {route.name === 'captures' ? (
          <CapturesPage store={store} notice={notice && t(notice)} query={route.query} />
        ) : route.name === 'capture' ? (
          <CapturePage
            key={route.id}
            store={store}
            id={route.id}
            onDeleted={() => {
              setNotice('captures.deleted');
              location.hash = '#/';
            }}
          />
        ) : route.name === 'custody' ? (
          <CustodyPage store={store} />
        ) : route.name === 'settings' ? (
          <SettingsPage store={store} />
        ) : route.name === 'keyCard' ? (
          <KeyCardPage store={store} />
        ) : route.name === 'cases' ? (
          <CasesPage store={store} />
        ) : route.name === 'groups' ? (
          <GroupsPage store={store} />
        ) : route.name === 'group' ? (
          <GroupPage key={route.key} store={store} entryKey={route.key} />
        ) : route.name === 'accounts' ? (
          <AccountsPage store={store} />
        ) : route.name === 'account' ? (
          <AccountPage key={route.key} store={store} entryKey={route.key} />
        ) : (
          <div class="page-state">
            <h1 tabIndex={-1}>{t('notFound.heading')}</h1>
            <p>
              <a href="#/">{t('notFound.link')}</a>
            </p>
          </div>
        )}
      </main>
    </>
  );
}

function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** After a navigation (not the first load), screen readers and keyboards start at the new view's heading. */
function useFocusHeadingOnNavigation(routeKey: string): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // The view may still be loading; its heading appears within a frame or two.
    let tries = 0;
    const focus = () => {
      const heading = document.querySelector<HTMLElement>('main h1');
      if (heading) heading.focus({ preventScroll: false });
      else if (++tries < 20) timer = setTimeout(focus, 50);
    };
    let timer = setTimeout(focus, 0);
    scrollTo(0, 0);
    return () => clearTimeout(timer);
  }, [routeKey]);
}
