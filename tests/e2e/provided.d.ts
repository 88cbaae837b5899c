// Values the e2e global setup passes to tests through vitest's provide/inject.
export {};

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the `vite preview` server, without a trailing slash. */
    baseURL: string;
    /** Absolute path of the Chromium binary to launch. */
    chromiumPath: string;
  }
}
