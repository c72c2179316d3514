export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { prepareDatabase } = await import("./lib/demo/prepareDatabase");
    await prepareDatabase();
  }
}
