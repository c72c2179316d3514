import type { Locale } from "@/i18n/routing";
import { tagPath } from "@/lib/routes";

export function TagList({ tags, locale, label }: { tags: { slug: string; name: string }[]; locale: Locale; label: string }) {
  if (tags.length === 0) return null;
  return (
    <nav className="tag-list" aria-label={label}>
      <h2 className="tag-list-heading">{label}</h2>
      <ul>
        {tags.map((tag) => (
          <li key={tag.slug}>
            <a href={tagPath(locale, tag.slug)}>{tag.name}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
