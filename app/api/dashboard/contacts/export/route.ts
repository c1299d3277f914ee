// GET /api/dashboard/contacts/export – the contacts table's current filter (or ?ids= selection) as CSV
import { withDashboardSession } from "@/lib/api/with-dashboard-session";
import { exportContacts } from "@/lib/contacts";

export const dynamic = "force-dynamic";

// Admins and members export (lib/contacts checks the role before the first byte); viewers get 403.
export const GET = withDashboardSession("contacts.export", async (req, { session, org }) => {
  const query = Object.fromEntries(new URL(req.url).searchParams);
  // Streamed a batch at a time: memory stays flat however many contacts match.
  const out = await exportContacts(session.claims, org.id, query);
  return new Response(out.stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${out.filename}"`,
      "cache-control": "no-store",
    },
  });
});
