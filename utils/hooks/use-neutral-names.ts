import { readNeutralNames, watchNeutralNames } from '../safety/file-names';
import { useSetting } from './use-setting';

/** Whether saved files get neutral names, followed live; null until read. */
export const useNeutralNames = (): boolean | null =>
  useSetting<boolean | null>(readNeutralNames, watchNeutralNames, null);
