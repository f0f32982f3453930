/** Modules made at build time by src/browser/vite-plugins.ts. */
declare module '*.yaml?data' {
  const data: unknown;
  export default data;
}
