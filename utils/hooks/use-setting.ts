import { useEffect, useState } from 'preact/hooks';
import type { Setting } from '../settings';

/** A setting, read once and followed live; `initial` until read. */
export function useSetting<T, I = T>(setting: Setting<T>, initial: I): T | I {
  const [value, setValue] = useState<T | I>(initial);
  useEffect(() => {
    void setting.read().then(setValue);
    return setting.watch(setValue);
  }, [setting]);
  return value;
}
