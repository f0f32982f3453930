/** Made at build time by fontUrls() in vite-plugins.ts: the site URL of each FONT_FILES file name. */
declare module 'virtual:opkit/font-urls' {
  const urls: Readonly<Record<string, string>>;
  export default urls;
}
