import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createStore } from '@/utils/store';
import { App } from './app';
import '@/components/theme.css';
import './style.css';

// Pages read the store directly (same origin as the background); only deletion goes through the background.
render(<App store={createStore()} iconUrl={browser.runtime.getURL('/icon/48.png')} />, document.getElementById('app')!);
