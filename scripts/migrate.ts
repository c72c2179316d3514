import { closeDb } from "@/db/client";
import { databaseFile } from "@/db/paths";
import { prepareDatabase } from "@/lib/demo/prepareDatabase";

await prepareDatabase();
closeDb();
console.log(`Database ready: ${databaseFile()}`);
