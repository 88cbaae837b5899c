/** The map feature's public face: other features use only what is exported here. */
export { HOME_TARGET, MapPanel, type MapPanelProps } from './map-panel.tsx';
export type { MapTarget } from './map-follow.tsx';
// The cluster layer for datasets with more than CLUSTER_THRESHOLD sites (mounted by SiteMap).
export { ClusterLayer, type ClusterLayerProps } from './clusters/cluster-layer.tsx';
export { CLUSTER_THRESHOLD } from './clusters/cluster-protocol.ts';
