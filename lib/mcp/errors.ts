/** The tool ran and reported an expected failure (an MCP `isError` result). */
export class McpToolError extends Error {
  constructor(
    readonly server: string,
    readonly tool: string,
    message: string,
  ) {
    super(`${server}.${tool}: ${message}`);
    this.name = "McpToolError";
  }
}

/** The server could not answer: crashed, timed out, or its circuit is open. Worth a retry later. */
export class McpUnavailableError extends Error {
  constructor(
    readonly server: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${server}: ${message}`, options);
    this.name = "McpUnavailableError";
  }
}
