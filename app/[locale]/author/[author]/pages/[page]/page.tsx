// Page N of the list: the proxy turns `?page=N` into this route, so each page is cached on its own.
export { default, generateMetadata } from "../../page";

export const revalidate = 60;

export function generateStaticParams() {
  return [];
}
