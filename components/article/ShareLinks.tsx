import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";

/** Plain share URLs, WhatsApp first as Indian readers share most there; no third-party script loads. */
export function shareTargets(url: string, headline: string) {
  const text = encodeURIComponent(`${headline} ${url}`);
  return {
    whatsapp: `https://wa.me/?text=${text}`,
    x: `https://x.com/intent/post?text=${encodeURIComponent(headline)}&url=${encodeURIComponent(url)}`,
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`,
  };
}

/** `scriptNonce`: on a newsroom page (the preview), whose policy runs only scripts with the request's nonce. */
export async function ShareLinks({ url, headline, locale, scriptNonce }: { url: string; headline: string; locale: Locale; scriptNonce?: string }) {
  const t = await getTranslations({ locale, namespace: "article" });
  const targets = shareTargets(url, headline);
  return (
    <div className="share" role="group" aria-label={t("share")}>
      <a className="share-link share-whatsapp" href={targets.whatsapp} rel="noopener nofollow" target="_blank">
        {t("shareWhatsapp")}
      </a>
      <a className="share-link" href={targets.x} rel="noopener nofollow" target="_blank">
        {t("shareX")}
      </a>
      <a className="share-link" href={targets.facebook} rel="noopener nofollow" target="_blank">
        {t("shareFacebook")}
      </a>
      {/* public/reader/copy-link.js shows and works this button, so without script there is no dead button. It must not
          add nodes React does not know of (where a page still hydrates, a foreign node throws the whole page away), and
          the attributes and text it changes are exempt from React's hydration check. */}
      <button type="button" className="share-link share-copy" hidden data-copy-link={url} suppressHydrationWarning>
        <span aria-live="polite" data-done-label={t("linkCopied")} suppressHydrationWarning>
          {t("copyLink")}
        </span>
      </button>
      <script src="/reader/copy-link.js" defer nonce={scriptNonce} />
    </div>
  );
}
