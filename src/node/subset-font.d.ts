/** subset-font 2.x (no types of its own): the options src/node/font-prep.ts uses. */
declare module 'subset-font' {
  interface SubsetOptions {
    targetFormat?: 'truetype' | 'woff' | 'woff2' | 'sfnt';
    noHinting?: boolean;
    dropTables?: string[];
    preserveNameIds?: number[];
  }
  export default function subsetFont(font: Uint8Array | Buffer, text: string, options?: SubsetOptions): Promise<Buffer>;
}
