/** The filters feature: chips, undo, redo, reset and the live count. */
export { ActiveFilters } from './active-filters.tsx';
