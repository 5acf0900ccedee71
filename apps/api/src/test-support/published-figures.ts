/**
 * The report's published figures, read from the shared reference folder that
 * sits beside the repository (../shared from the repo root, as in CI).
 * Tests only: the product itself never reads shared/.
 */
import { readFileSync } from 'fs';
import { resolve } from 'path';

const file = resolve(__dirname, '../../../../../shared/reference/published-figures-2009-10.json');

export const publishedFigures: any = JSON.parse(readFileSync(file, 'utf8'));
