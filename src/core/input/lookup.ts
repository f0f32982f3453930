/**
 * Lookup tables read with text a user wrote. A plain object literal inherits Object.prototype,
 * so `table['constructor']` would find a function; these tables have no prototype, and a key
 * that is not in them reads as undefined.
 */
export function table<V>(entries: Readonly<Record<string, V>>): Readonly<Record<string, V | undefined>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, V>, entries));
}
