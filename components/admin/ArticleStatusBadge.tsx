import type { ArticleStatus } from "@/db/schema";
import "./articleStatus.css";

export function ArticleStatusBadge({ status, label }: { status: ArticleStatus; label: string }) {
  return (
    <span className="status-badge" data-status={status}>
      {label}
    </span>
  );
}
