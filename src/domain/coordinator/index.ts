/** The coordinator of view models: what views and tools import (see README.md). */
export { Coordinator, type ModelInputs, type ViewClient } from './coordinator.ts';
export * from './clients.ts';
export type * from './requests.ts';
export { NO_FILTER } from './requests.ts';
export * from './models/category.ts';
export * from './models/filters.ts';
export * from './models/incentive-units.ts';
export * from './models/incentives.ts';
export * from './models/investments.ts';
export * from './models/site-detail.ts';
export * from './models/sites.ts';
export * from './models/table.ts';
export * from './models/timeline.ts';
