import { NEUTRAL_FILE_NAMES } from '../settings';
import { useSetting } from './use-setting';

/** Whether saved files get neutral names, followed live; null until read. */
export const useNeutralNames = (): boolean | null => useSetting(NEUTRAL_FILE_NAMES, null);
