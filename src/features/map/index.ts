/** The map feature's public face: other features use only what is exported here. */
export { MapPanel, type MapPanelProps } from './map-panel.tsx';
export type { MapTarget } from './map-follow.tsx';
