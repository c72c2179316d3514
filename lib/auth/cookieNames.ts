/** Cookie names shared by the proxy (which only checks presence) and the server code that reads them. */
export const sessionCookie = "kd_session";
export const adminLocaleCookie = "kd_admin_locale";
