import { useEffect, useState } from 'preact/hooks';
import { readBlurSetting, watchBlurSetting } from '../case-work/blur-setting';

/** The blur setting, followed live; true (blurred) until read. */
export function useBlurSetting(): boolean {
  const [blur, setBlur] = useState(true);
  useEffect(() => {
    void readBlurSetting().then(setBlur);
    return watchBlurSetting(setBlur);
  }, []);
  return blur;
}
