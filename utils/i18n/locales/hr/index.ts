import type { Catalog } from '../../catalog';
import { categories } from './categories';
import { formats } from './formats';
import { notes } from './notes';
import { pack } from './pack';
import { report } from './report';
import { ui } from './ui';

/** Croatian. */
export const hr: Catalog = { ui, report, pack, categories, formats, notes };
