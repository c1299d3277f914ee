// Operator CLI: `pnpm cli <command>`. stdout carries exactly one JSON object, so every log line
// goes to stderr; set that before any module that logs is loaded.
process.env.LOG_TO_STDERR = "1";

const { runCli } = await import("../lib/cli/main");
const code = await runCli(process.argv.slice(2));
// The database is closed by now; a library timer left behind must not keep a finished command
// alive, so exit explicitly once both streams have flushed.
process.stdout.write("", () => process.stderr.write("", () => process.exit(code)));

export {};
