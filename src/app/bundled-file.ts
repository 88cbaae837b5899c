/** Where the bundled dataset comes from, as the app names it. */
export const BUNDLED_FILE = 'data/dataset.json';
