"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, type ReactNode, useState, useTransition } from "react";
import { useHydrated } from "@/components/admin/useHydrated";
import type { ActionResult } from "@/lib/admin/actionResult";

/**
 * A form whose fields are ordinary inputs (rendered by the page) and whose submit calls a server action that
 * answers an ActionResult. It shows the result above the fields and, unlike a bare `<form action>`, keeps what
 * the editor typed when the server refuses it.
 */
export function ActionForm<T>({
  action,
  children,
  submitLabel,
  successMessage,
  fieldLabels = {},
  resetOnSuccess = false,
  confirmMessage,
  destructive = false,
  className,
}: {
  action: (formData: FormData) => Promise<ActionResult<T>>;
  children?: ReactNode;
  submitLabel: string;
  successMessage?: string;
  fieldLabels?: Record<string, string>;
  resetOnSuccess?: boolean;
  confirmMessage?: string;
  destructive?: boolean;
  className?: string;
}) {
  const t = useTranslations("admin.taxonomy.form");
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const [pending, startTransition] = useTransition();
  // Before its script runs the form would submit natively, as a GET with every field (a new password too) in the URL.
  const hydrated = useHydrated();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // A picker dialog is portalled out of its form in the DOM, but React still bubbles its submit through here.
    event.stopPropagation();
    if (confirmMessage && !window.confirm(confirmMessage)) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    startTransition(async () => {
      const answer = await action(data);
      setResult(answer);
      if (answer.ok && resetOnSuccess) form.reset();
    });
  }

  const fieldErrors = result && !result.ok ? Object.entries(result.fieldErrors ?? {}) : [];
  return (
    <form onSubmit={submit} className={className}>
      {result && !result.ok ? (
        <div className="notice notice-error" role="alert">
          <p>{result.error}</p>
          {fieldErrors.length > 0 ? (
            <ul>
              {fieldErrors.map(([field, messages]) => (
                <li key={field}>
                  {fieldLabels[field] ? `${fieldLabels[field]}: ` : ""}
                  {messages.join(" ")}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {result?.ok && successMessage ? (
        <p className="notice notice-success" role="status">
          {successMessage}
        </p>
      ) : null}
      {children}
      <button type="submit" className={destructive ? "button button-secondary" : "button"} disabled={pending || !hydrated}>
        {pending ? t("working") : submitLabel}
      </button>
    </form>
  );
}
