import { useEffect, useState } from 'preact/hooks';

/** A setting kept in the browser's storage, read once and followed live; `initial` until read. */
export function useSetting<T>(
  read: () => Promise<T>,
  watch: (onChange: (value: T) => void) => () => void,
  initial: T,
): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    void read().then(setValue);
    return watch(setValue);
  }, [read, watch]);
  return value;
}
