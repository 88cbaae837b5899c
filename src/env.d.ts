/// <reference types="vite/client" />

declare module 'virtual:basemap' {
  import type { FeatureCollection, Geometry } from 'geojson';
  const basemap: FeatureCollection<Geometry, { name: string; id: string; partner: boolean }>;
  export default basemap;
}

declare module 'virtual:bundled-dataset' {
  import type { Dataset } from './domain/schema.ts';
  /** data/dataset.json, validated at build time (build/first-view.ts). */
  const dataset: Dataset;
  export default dataset;
}

interface ImportMetaEnv {
  /** Optional online tile layer, e.g. https://{s}.tile.example.org/{z}/{x}/{y}.png (off by default). */
  readonly VITE_TILE_URL?: string;
  readonly VITE_TILE_ATTRIBUTION_KEY?: string;
}
