import { browser } from 'wxt/browser';
import type { Environment } from '../evidence/record';

/** Browser, OS and extension version: read once per background lifetime, they do not change under it. */
let cached: Promise<Pick<Environment, 'browser' | 'os' | 'extensionVersion' | 'userAgent'>> | undefined;

export function staticEnvironment() {
  cached ??= readEnvironment();
  return cached;
}

async function readEnvironment() {
  const platform = await browser.runtime.getPlatformInfo();
  return {
    browser: await browserVersion(),
    os: `${platform.os} ${platform.arch}`,
    extensionVersion: browser.runtime.getManifest().version,
    userAgent: navigator.userAgent,
  };
}

interface UaData {
  brands: { brand: string; version: string }[];
  getHighEntropyValues(hints: string[]): Promise<{ fullVersionList?: { brand: string; version: string }[] }>;
}

async function browserVersion(): Promise<{ name: string; version: string }> {
  const runtime = browser.runtime as { getBrowserInfo?: () => Promise<{ name: string; version: string }> };
  if (runtime.getBrowserInfo) {
    const info = await runtime.getBrowserInfo();
    return { name: info.name, version: info.version };
  }
  const uaData = (navigator as { userAgentData?: UaData }).userAgentData;
  if (uaData) {
    const { fullVersionList = uaData.brands } = await uaData.getHighEntropyValues(['fullVersionList']);
    // Real brands first; the GREASE brand ("Not A;Brand") is noise.
    const real = fullVersionList.filter((b) => !/not.?a.?brand/i.test(b.brand));
    const pick = real.find((b) => b.brand !== 'Chromium') ?? real[0];
    if (pick) return { name: pick.brand, version: pick.version };
  }
  const match = /(Chrome|Firefox)\/([\d.]+)/.exec(navigator.userAgent);
  return { name: match?.[1] ?? 'unknown', version: match?.[2] ?? 'unknown' };
}

/** The instant in the user's local time with its UTC offset, e.g. 2026-11-23T15:04:05.123+01:00. */
export function localIsoString(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, -1);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
