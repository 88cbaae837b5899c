import type { ValidationError } from '../domain/parse-dataset.ts';
import { translator } from '../i18n/i18n.ts';

/** Shown when the bundled dataset fails validation: every error with its path, value and reason. */
export function DatasetErrors({
  file,
  errors,
}: {
  file: string;
  errors: readonly ValidationError[];
}) {
  const t = translator('en');
  return (
    <main className="dataset-errors" role="alert">
      <h1>{t('error.title')}</h1>
      <p>{t('error.lede', { count: errors.length, file })}</p>
      <ul>
        {errors.slice(0, 100).map((e, i) => (
          <li key={i}>
            <code>{t('error.row', { path: e.path, reason: e.reason, value: e.value })}</code>
          </li>
        ))}
      </ul>
    </main>
  );
}
