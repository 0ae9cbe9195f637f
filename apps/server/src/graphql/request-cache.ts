// Small lookups several fields of one request need (the caller's own profile,
// their organisations, reviewer names, activity names): loaded once per
// request and key, then shared. Keys that depend on the caller include it,
// because sign-in or an organisation switch changes the caller mid-request.
const caches = new WeakMap<object, Map<string, Promise<unknown>>>();

export function perRequest<T>(ctx: object, key: string, load: () => Promise<T>): Promise<T> {
  let cache = caches.get(ctx);
  if (!cache) caches.set(ctx, (cache = new Map()));
  let value = cache.get(key) as Promise<T> | undefined;
  if (!value) {
    value = load();
    cache.set(key, value);
  }
  return value;
}

const values = new WeakMap<object, Map<string, unknown>>();

/** The synchronous twin of perRequest, for values every row of a list needs (today's date in Berlin). */
export function oncePerRequest<T>(ctx: object, key: string, compute: () => T): T {
  let cache = values.get(ctx);
  if (!cache) values.set(ctx, (cache = new Map()));
  if (!cache.has(key)) cache.set(key, compute());
  return cache.get(key) as T;
}
