import { useEffect, useState } from 'preact/hooks';
import { readDiscreetSetting, watchDiscreetSetting } from '../safety/discreet-setting';

/** The discreet-mode setting, followed live; null until read. */
export function useDiscreetSetting(): boolean | null {
  const [discreet, setDiscreet] = useState<boolean | null>(null);
  useEffect(() => {
    void readDiscreetSetting().then(setDiscreet);
    return watchDiscreetSetting(setDiscreet);
  }, []);
  return discreet;
}
