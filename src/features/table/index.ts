/** The table feature: the projects every filter leaves, sortable and searchable. */
export { ProjectsTable } from './projects-table.tsx';
