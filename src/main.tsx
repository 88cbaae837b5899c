import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import './app/styles.css';
import { App, boot } from './app/app.tsx';
import { loadCatalogue } from './i18n/i18n.ts';
import { languageOf } from './store/dashboard-store.ts';
import './app/print.css';

// index.html holds the page the build rendered (build/first-view.ts): English, the default view.
// When the reader's first view is that page, React takes over its HTML as it is (hydration), so
// nothing painted first is painted again; a link with filters, or another language, renders anew.
const root = document.getElementById('root');
if (root) {
  const booted = boot();
  // Another language renders once its catalogue is here (the English page shows meanwhile).
  await loadCatalogue(languageOf(booted.store.getState())).catch(() => undefined);
  // In a transition, hydration yields to the browser every few milliseconds (no long task).
  if (booted.matchesFirstView && root.firstElementChild)
    startTransition(() => void hydrateRoot(root, <App booted={booted} />));
  else createRoot(root).render(<App booted={booted} />);
}
