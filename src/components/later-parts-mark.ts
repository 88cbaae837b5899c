/**
 * The performance mark the app sets when the parts after the first view (map, charts) start
 * loading on idle (when-near.tsx); `npm run bench` splits the first view's requests at it.
 */
export const LATER_PARTS_MARK = 'later-parts';
