// GET /api/inbound/files/:id?exp=&sig= – an inbound form's attachment, for a member of its organization
import { withDashboardSession } from "@/lib/api/with-dashboard-session";
import { readSubmissionFile } from "@/lib/inbound";

export const dynamic = "force-dynamic";

// The signed link (HMAC, five minutes) and the caller's membership (RLS on the submission) must
// both hold: a forwarded link is useless outside the organization, a member needs a fresh link.
export const GET = withDashboardSession<{ id: string }>(
  "inbound.file",
  async (req, { session }, { id }) => {
    const q = new URL(req.url).searchParams;
    const file = await readSubmissionFile(session.claims, id, q.get("exp"), q.get("sig"));
    return new Response(Buffer.from(file.bytes), {
      headers: {
        "content-type": file.contentType,
        // Always a download, never rendered in our origin (a crafted PDF or image stays inert).
        "content-disposition": `attachment; filename="${file.name}"`,
        "x-content-type-options": "nosniff",
        "content-security-policy": "default-src 'none'; sandbox",
        "cache-control": "private, no-store",
      },
    });
  },
);
