/** The charts feature: the grid of linked charts (loaded lazily). */
export { ChartsGrid } from './charts-grid.tsx';
