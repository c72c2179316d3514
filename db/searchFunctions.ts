import type Database from "better-sqlite3";
import { fold, foldedWords } from "@/lib/hindi/fold";
import { latinSkeletonWords } from "@/lib/hindi/latinSkeleton";

/*
 * The search index (migration 0003_search) is kept in step with `articles` by triggers that call these functions,
 * so every write through our connection — editor, workflow, importer, seed, raw SQL — updates it. A connection
 * without them (the sqlite3 shell) can read articles but cannot write them.
 */
function text(...values: unknown[]): string {
  return values.filter((value): value is string => typeof value === "string" && value !== "").join("\n");
}

export function registerSearchFunctions(sqlite: Database.Database): void {
  const options = { deterministic: true, varargs: true };
  sqlite.function("search_fold", options, (...values: unknown[]) => fold(text(...values)));
  sqlite.function("search_latin", options, (...values: unknown[]) => latinSkeletonWords(text(...values)).join(" "));
  // The distinct words of all four columns as a JSON array: the vocabulary tells the query which words exist, which
  // begin longer words, and which are close to a misspelt one.
  sqlite.function("search_vocabulary", options, (...values: unknown[]) => {
    const all = text(...values);
    return JSON.stringify([...new Set([...foldedWords(all), ...latinSkeletonWords(all)])]);
  });
}
