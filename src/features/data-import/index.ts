/** The data-import feature: the Load data panel and its worker. */
export { ImportPanel } from './import-panel.tsx';
export { originText } from './origin-text.ts';
