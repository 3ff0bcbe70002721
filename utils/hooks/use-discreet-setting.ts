import { readDiscreetSetting, watchDiscreetSetting } from '../safety/discreet-setting';
import { useSetting } from './use-setting';

/** The discreet-mode setting, followed live; null until read. */
export const useDiscreetSetting = (): boolean | null =>
  useSetting<boolean | null>(readDiscreetSetting, watchDiscreetSetting, null);
