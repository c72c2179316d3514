import { getLocale, getTranslations } from "next-intl/server";
import { setAdminLocale } from "@/lib/admin/setAdminLocale";

/** A one-button form that switches the newsroom between Hindi and English; it works without JavaScript. */
export async function LocaleSwitch() {
  const t = await getTranslations("admin.locale");
  const other = (await getLocale()) === "hi" ? "en" : "hi";
  return (
    <form action={setAdminLocale}>
      <input type="hidden" name="locale" value={other} />
      <button type="submit" className="link-button" lang={other} title={t("label")}>
        {t("switchTo")}
      </button>
    </form>
  );
}
