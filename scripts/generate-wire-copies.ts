/**
 * Writes N realistic Hindi wire copies (format: ../shared/corpus/wire/README.md) for import and search
 * benchmarks. The same seed and count always give byte-identical files.
 * Usage: npm run generate:wire -- --count 10000 [--seed kd-wire] --out /tmp/wire
 */
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { writeWireCopies } from "@/lib/wire/generator/writeWireCopies";

const USAGE = "Usage: npm run generate:wire -- --count N [--seed S] --out DIR";

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      options: { count: { type: "string" }, seed: { type: "string", default: "kd-wire" }, out: { type: "string" } },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const count = Number(values.count);
  if (values.count === undefined || values.out === undefined || !Number.isInteger(count) || count < 1) {
    console.error(USAGE);
    return 2;
  }
  const started = performance.now();
  try {
    writeWireCopies({ count, seed: values.seed, dir: values.out });
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`${count} copies (seed "${values.seed}") written to ${values.out} in ${seconds.toFixed(1)} s`);
  return 0;
}

process.exitCode = main();
