/** The trust feature: the header's edition line, "Cite this view", and the changelog. */
export { EditionNote } from './edition-note.tsx';
export { CiteView } from './cite-view.tsx';
export { Changelog } from './changelog.tsx';
