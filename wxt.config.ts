import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { manifestLocaleFiles } from './utils/i18n/manifest-locales';

// Chrome gets MV3; Firefox gets WXT's default (MV2) until the Firefox issue settles the choice.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
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
      'scripting',
      'storage',
      'unlimitedStorage',
      'notifications',
      'downloads',
      ...(browser === 'chrome' ? ['pageCapture'] : []),
    ],
    host_permissions: ['<all_urls>'],
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
    },
  }),
});
