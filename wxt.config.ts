import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { manifestLocaleFiles } from './utils/i18n/manifest-locales';

// Chrome gets MV3; Firefox gets WXT's default (MV2) until the Firefox issue settles the choice.

/**
 * The extension pages' policy: only Dokaz's own scripts, no plugins, no frames, no forms, images only from the
 * extension itself (a hostile <img src="https://…"> could otherwise tell an abuser the victim's address).
 * connect-src allows http(s) because the MV3 service worker shares the policy and must fetch a post's photo when the
 * page cannot hand it over. Checked by tests/e2e/untrusted.test.ts.
 */
const CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; img-src 'self' blob: data:; media-src 'self' blob:; " +
  "connect-src 'self' blob: http: https:; style-src 'self'; style-src-attr 'unsafe-inline'; frame-src 'none'; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const E2E_MODE = 'e2e';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  // The sources zip Mozilla's reviewers rebuild from: the code, not this machine's test and bench results.
  zip: { excludeSources: ['test-results/**', 'bench-results/**'] },
  hooks: {
    // entrypoints/e2e/ is the Firefox end-to-end driver's way into the background: built only by `--mode e2e`
    // (into .output/firefox-mv2-e2e), never into the builds people install.
    'entrypoints:found': (wxt, infos) => {
      if (wxt.config.mode === E2E_MODE) return;
      const at = infos.findIndex((info) => info.name === 'e2e');
      if (at >= 0) infos.splice(at, 1);
    },
    // The name, description and shortcut text in every language, from the catalogs (utils/i18n/manifest-locales.ts).
    'build:publicAssets': (_wxt, files) => {
      files.push(...manifestLocaleFiles());
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'contextMenus',
      // Firefox: "menus" adds the clicked element's id to a menu click, for menus.getTargetElement (utils/extract/in-page.ts).
      ...(browser === 'firefox' ? ['menus'] : []),
      'scripting',
      'storage',
      'unlimitedStorage',
      'notifications',
      'downloads',
      ...(browser === 'chrome' ? ['pageCapture'] : []),
    ],
    host_permissions: ['<all_urls>'],
    content_security_policy: browser === 'chrome' ? { extension_pages: CSP } : CSP,
    action: { default_title: '__MSG_extName__' },
    // Firefox: a stable id (so that a test can fix the extension's UUID, and the store knows it across versions),
    // and the statement Mozilla asks of new extensions: Dokaz collects no data.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'dokaz@dokaz', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
    content_scripts: [
      {
        // Built from entrypoints/marker.ts as a plain script, without WXT's content-script runtime, to stay tiny.
        matches: ['<all_urls>'],
        js: ['marker.js'],
        all_frames: true,
        match_about_blank: true,
        run_at: 'document_start',
      },
    ],
    commands: {
      'document-this': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: '__MSG_commandDescription__',
      },
      // Victim safety: every Dokaz page gives way to a neutral site (utils/safety/quick-exit.ts). Alt+Shift+X is not
      // Dokaz's Alt+Shift+D, and not in Chrome's accelerator table (Alt+Shift+A, B, I, T) or Firefox's shortcuts.
      'quick-exit': {
        suggested_key: { default: 'Alt+Shift+X' },
        description: '__MSG_quickExitDescription__',
      },
    },
  }),
});
