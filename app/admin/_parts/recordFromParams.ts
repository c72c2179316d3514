import { notFound } from "next/navigation";

/** The record an /admin/…/[id] page shows: an id that is not a positive whole number, or no such record, is a 404. */
export async function recordFromParams<T>(params: Promise<{ id: string }>, getById: (id: number) => Promise<T | undefined>): Promise<T> {
  const id = Number((await params).id);
  const record = Number.isSafeInteger(id) && id > 0 ? await getById(id) : undefined;
  if (!record) notFound();
  return record;
}
