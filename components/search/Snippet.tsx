import { Fragment } from "react";
import type { SnippetPart } from "@/lib/search/snippet";

/** A passage of the story with the reader's words marked; text stays text, so nothing in it can become markup. */
export function Snippet({ parts }: { parts: SnippetPart[] }) {
  if (parts.length === 0) return null;
  return (
    <p className="search-snippet">
      {parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <Fragment key={index}>{part.text}</Fragment>))}
    </p>
  );
}
