import { BLUR_MEDIA } from '../settings';
import { useSetting } from './use-setting';

/** The blur setting, followed live; true (blurred) until read. */
export const useBlurSetting = (): boolean => useSetting(BLUR_MEDIA, true);
