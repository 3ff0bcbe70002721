import { useEffect, useState } from 'preact/hooks';
import { readNeutralNames, watchNeutralNames } from '../safety/file-names';

/** Whether saved files get neutral names, followed live; null until read. */
export function useNeutralNames(): boolean | null {
  const [neutral, setNeutral] = useState<boolean | null>(null);
  useEffect(() => {
    void readNeutralNames().then(setNeutral);
    return watchNeutralNames(setNeutral);
  }, []);
  return neutral;
}
