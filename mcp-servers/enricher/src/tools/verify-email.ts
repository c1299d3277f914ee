import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { verifyEmail } from "../lib/email/verify";
import { ZVerifyEmailOutputSchema } from "../lib/schemas";
import {
  callKeysFields,
  callKeysOf,
  inputErrors,
  withoutCallKeys,
  type EnricherContext,
} from "./context";
import { guarded, ok } from "@leadscout/mcp-kit";

export function registerVerifyEmail(server: McpServer, ctx: EnricherContext): void {
  server.registerTool(
    "verify_email",
    {
      title: "Verify an e-mail address",
      description:
        'Deliverability of an address: RFC syntax, MX records, disposable and free-webmail lists, role inbox and gibberish checks, then Hunter\'s verifier and an SMTP probe when configured. An address that fails syntax is a result with status "invalid", not an error.',
      inputSchema: {
        email: z.string().max(320).describe("The address to check, e.g. jane.doe@acme.com"),
        ...callKeysFields,
      },
      outputSchema: ZVerifyEmailOutputSchema,
      annotations: { readOnlyHint: true, openWorldHint: true, idempotentHint: true },
    },
    ({ email, ...keys }) =>
      guarded(
        "verify_email",
        () => {
          const call = callKeysOf(keys);
          return withoutCallKeys(call, async () =>
            ok(await verifyEmail(email, ctx.enricher.forCall(call).email)),
          );
        },
        inputErrors,
      ),
  );
}
