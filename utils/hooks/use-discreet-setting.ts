import { DISCREET_MODE } from '../settings';
import { useSetting } from './use-setting';

/** The discreet-mode setting, followed live; null until read. */
export const useDiscreetSetting = (): boolean | null => useSetting(DISCREET_MODE, null);
