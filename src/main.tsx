import { createRoot } from 'react-dom/client';
import './app/styles.css';
import { App } from './app/app.tsx';
import './app/print.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
