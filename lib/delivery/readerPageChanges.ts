import { processShared } from "./processShared";

type Listener = () => void;

const listeners = () => processShared("readerPageChanges", () => new Set<Listener>());

/** The HTTP front drops the finished pages it holds whenever Next's cached reader pages are expired. */
export function onReaderPagesChanged(listener: Listener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}

export function announceReaderPagesChanged(): void {
  for (const listener of listeners()) listener();
}
