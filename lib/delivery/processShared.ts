/**
 * One value per server process, shared by code Next bundles (pages, actions, instrumentation) and by the HTTP
 * front in scripts/serve.ts, which load separate copies of the same modules: `globalThis` is the one place they
 * have in common.
 */
export function processShared<T>(name: string, create: () => T): T {
  const key = Symbol.for(`kd.${name}`);
  const holder = globalThis as unknown as Record<symbol, T | undefined>;
  return (holder[key] ??= create());
}
