/** The sources feature: the list of sources on the page and the side panel. */
export { SourcesList } from './sources-list.tsx';
export { SourcesPanel } from './sources-panel.tsx';
