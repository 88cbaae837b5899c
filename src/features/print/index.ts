/** The print feature: what a printed page adds (date, filters, a static map). */
export { PrintBrief } from './print-brief.tsx';
