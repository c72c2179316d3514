import { useSyncExternalStore } from "react";

function subscribe(): () => void {
  return () => undefined;
}

/**
 * False in the server's HTML and until React has taken the page over in the browser. A control that only works
 * through its script stays disabled until then: on a slow phone a click before that would do nothing, silently.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
