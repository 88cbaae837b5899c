/** The map feature's public face: other features use only what is exported here. */
export { HOME_TARGET, MapPanel, type MapPanelProps } from './map-panel.tsx';
export type { MapTarget } from './map-follow.tsx';
