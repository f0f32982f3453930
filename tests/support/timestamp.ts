/** The moment tests stamp into the files they render (the renderers read no clock). */
export const TIMESTAMP = new Date(Date.UTC(2027, 0, 15, 9, 30, 0));
