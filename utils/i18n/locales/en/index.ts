import { categories } from './categories';
import { formats } from './formats';
import { notes } from './notes';
import { pack } from './pack';
import { report } from './report';
import { ui } from './ui';

/** English: the source catalog. Its shape is the type every other locale must have (utils/i18n/catalog.ts). */
export const en = { ui, report, pack, categories, formats, notes };
