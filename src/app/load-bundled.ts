/**
 * The bundled dataset: validated at build time (build/first-view.ts fails the build on any error),
 * so the app ships no schema library in its first view and starts without re-checking it.
 */
import dataset from 'virtual:bundled-dataset';
export { BUNDLED_FILE } from './bundled-file.ts';

export const bundledDataset = dataset;
