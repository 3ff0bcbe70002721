import { readBlurSetting, watchBlurSetting } from '../case-work/blur-setting';
import { useSetting } from './use-setting';

/** The blur setting, followed live; true (blurred) until read. */
export const useBlurSetting = (): boolean => useSetting(readBlurSetting, watchBlurSetting, true);
