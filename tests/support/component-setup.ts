// Setup for the component project: unmount React trees between tests (Testing Library only
// does this automatically when vitest globals are enabled, which they are not here).
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});
