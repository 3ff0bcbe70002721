import type { Catalog } from '../../catalog';
import { categories } from './categories';
import { formats } from './formats';
import { notes } from './notes';
import { pack } from './pack';
import { report } from './report';
import { ui } from './ui';

/** Serbian, Cyrillic script. */
export const srCyrl: Catalog = { ui, report, pack, categories, formats, notes };
