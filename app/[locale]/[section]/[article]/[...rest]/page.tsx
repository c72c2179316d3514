import { notFound } from "next/navigation";

/** No reader URL is deeper than section/article: anything below is a 404 in the reader's language. */
export default function DeeperThanAnyPage() {
  notFound();
}
