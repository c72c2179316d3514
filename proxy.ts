import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

export default createMiddleware(routing);

export const config = {
  // Everything but Next's internals, the admin, APIs, media and files with an extension.
  matcher: "/((?!api|admin|media|_next|_vercel|.*\\..*).*)",
};
