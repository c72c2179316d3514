import { notFound } from "next/navigation";
import { z } from "zod";
import { listPageSize } from "./site";

const pageParam = z.coerce.number().int().min(1).max(100_000);

/**
 * The page of a list: readers ask for `?page=N`, which the proxy turns into the route's `pages/N` segment so that
 * every page is cached on its own. Anything but a whole page number is a 404, as for a missing page.
 */
export async function pageNumber(params: Promise<{ page?: string }>): Promise<number> {
  const { page } = await params;
  if (page === undefined) return 1;
  const parsed = pageParam.safeParse(page);
  if (!parsed.success) notFound();
  return parsed.data;
}

/** The rows a list page shows. */
export function pageWindow(page: number): { limit: number; offset: number } {
  const size = listPageSize();
  return { limit: size, offset: (page - 1) * size };
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / listPageSize()));
}

/** A page past the last one does not exist, except the first page of an empty list. */
export function assertPageExists(page: number, total: number): void {
  if (page > pageCount(total)) notFound();
}
