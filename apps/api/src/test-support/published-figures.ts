/**
 * The report's published figures, transcribed table by table with the report's
 * own slips marked (docs/reference/, tracked with the repository).
 */
import { readFileSync } from 'fs';
import { resolve } from 'path';

const file = resolve(__dirname, '../../../../docs/reference/published-figures-2009-10.json');

export const publishedFigures: any = JSON.parse(readFileSync(file, 'utf8'));
