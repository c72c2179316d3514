import fs from "node:fs";
import path from "node:path";
import { composeWireCopy } from "./composeWireCopy";

const GENERATED_NAME = /^\d+-.*\.txt$/;

/**
 * Writes copies 1…count of the batch `seed` into `dir` and returns their file names. Refuses a folder that
 * already holds generated copies, so that a smaller batch never silently mixes with the rest of a larger one.
 */
export function writeWireCopies({ count, seed, dir }: { count: number; seed: string; dir: string }): string[] {
  if (!Number.isInteger(count) || count < 1) throw new Error(`The number of copies must be a positive whole number, not ${count}.`);
  fs.mkdirSync(dir, { recursive: true });
  const existing = fs.readdirSync(dir).filter((name) => GENERATED_NAME.test(name)).length;
  if (existing > 0) throw new Error(`${dir} already holds ${existing} generated copies; use an empty folder.`);
  const numberWidth = Math.max(5, String(count).length);
  const names: string[] = [];
  for (let index = 0; index < count; index++) {
    const copy = composeWireCopy(seed, index, numberWidth);
    fs.writeFileSync(path.join(dir, copy.fileName), copy.text);
    names.push(copy.fileName);
  }
  return names;
}
