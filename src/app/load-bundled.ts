/** The bundled dataset, validated once as the app starts. */
import raw from '../../data/dataset.json';
import { parseDataset, type ParseResult } from '../domain/parse-dataset.ts';

export const BUNDLED_FILE = 'data/dataset.json';

export function loadBundled(): ParseResult {
  return parseDataset(raw as unknown);
}
