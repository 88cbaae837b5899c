/** The overview feature: the headline and derived figure cards. */
export { DerivedFigures, HeadlineFigures } from './overview.tsx';
