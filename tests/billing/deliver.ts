import { POST } from "@/app/api/webhooks/stripe/route";
import { signedDelivery } from "./stripe-world";

type Obj = Record<string, unknown> & { id: string };

/** Posts an event to the webhook route, signed as Stripe signs it (or with the given header). */
export async function deliver(
  event: Obj,
  secret: string,
  opts: { signature?: string | null; body?: string } = {},
): Promise<Response> {
  const { body, headers } = signedDelivery(event, secret, opts);
  return POST(
    new Request("http://app.test/api/webhooks/stripe", { method: "POST", headers, body }),
  );
}
