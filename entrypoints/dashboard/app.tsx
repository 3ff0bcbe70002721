import { useEffect, useRef, useState } from 'preact/hooks';
import { AppHeader, type Section } from '@/components/AppHeader';
import type { Store } from '@/utils/store';
import { CapturePage } from './capture-page';
import { CapturesPage } from './captures-page';
import { CustodyPage } from './custody-page';
import { parseRoute, type Route } from './route';
import { SettingsPage } from './settings-page';

const SECTIONS: Record<Route['name'], Section | null> = {
  captures: 'captures',
  capture: 'captures',
  custody: 'custody',
  settings: 'settings',
  unknown: null,
};

const TITLES: Record<Route['name'], string> = {
  captures: 'Captures',
  capture: 'Capture',
  custody: 'Custody log',
  settings: 'Settings',
  unknown: 'Not found',
};

export function App({ store, iconUrl }: { store: Store; iconUrl: string }) {
  const route = useHashRoute();
  const [notice, setNotice] = useState<string | null>(null);
  const routeKey = route.name === 'capture' ? `capture/${route.id}` : route.name;

  useEffect(() => {
    if (route.name !== 'captures') setNotice(null);
    document.title = `${TITLES[route.name]} — Dokaz`;
  }, [routeKey]);
  useFocusHeadingOnNavigation(routeKey);

  return (
    <>
      <AppHeader current={SECTIONS[route.name]} iconUrl={iconUrl} />
      <main id="main">
        {route.name === 'captures' ? (
          <CapturesPage store={store} notice={notice} />
        ) : route.name === 'capture' ? (
          <CapturePage
            key={route.id}
            store={store}
            id={route.id}
            onDeleted={() => {
              setNotice('The capture was deleted. The custody log records the deletion and its reason.');
              location.hash = '#/';
            }}
          />
        ) : route.name === 'custody' ? (
          <CustodyPage store={store} />
        ) : route.name === 'settings' ? (
          <SettingsPage store={store} />
        ) : (
          <div class="page-state">
            <h1 tabIndex={-1}>Page not found</h1>
            <p>
              <a href="#/">Go to the captures</a>
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
