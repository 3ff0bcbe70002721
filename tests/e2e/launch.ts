import { launchChromiumDriver } from './chromium';
import type { DriverOptions, ExtensionDriver } from './driver';
import { launchFirefox } from './firefox';

/** Both real browsers behind the shared driver (tests/e2e/driver.ts), for `describe.each` in the suites that run in both. */
export const BROWSERS: [ExtensionDriver['name'], (options: DriverOptions) => Promise<ExtensionDriver>][] = [
  ['chromium', launchChromiumDriver],
  ['firefox', launchFirefox],
];
