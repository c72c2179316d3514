import type { Locale } from "@/i18n/routing";
import { formatDateTime, formatRelativeOrDateTime, toIsoWithOffset } from "@/lib/hindi/format";

export function Timestamp({ date, locale, relativeTo }: { date: Date; locale: Locale; relativeTo?: Date }) {
  return (
    <time dateTime={toIsoWithOffset(date)}>
      {relativeTo ? formatRelativeOrDateTime(date, relativeTo, locale) : formatDateTime(date, locale)}
    </time>
  );
}
