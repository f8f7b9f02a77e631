import "server-only";

/**
 * Under a production build or server, content cannot change, so work derived from it is done once
 * per process; `next dev` redoes it on every call so that edits show on reload.
 */
const contentIsFixed = process.env.NODE_ENV === "production";

/**
 * `load`, run once per key in a production process. A rejected load is not kept: the error
 * reaches its callers and the next call tries again.
 */
export function memoizeInProduction<K, V>(load: (key: K) => Promise<V>): (key: K) => Promise<V> {
  const results = new Map<K, Promise<V>>();
  return (key) => {
    if (!contentIsFixed) return load(key);
    let result = results.get(key);
    if (!result) {
      result = load(key);
      result.catch(() => results.delete(key));
      results.set(key, result);
    }
    return result;
  };
}
