// A stdio MCP server's stdout carries the protocol and nothing else: one stray console.log from a
// dependency would corrupt the stream. Every server imports this module first, so logs and console
// output go to stderr from the very first line of its start-up.
process.env.LOG_TO_STDERR = "1";
console.log = console.error;
console.info = console.error;
console.debug = console.error;

export {};
