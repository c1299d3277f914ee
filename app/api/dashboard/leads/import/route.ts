// POST /api/dashboard/leads/import – the Import screen's upload: the CSV as the body, the mapping as the query
import { withDashboardSession } from "@/lib/api/with-dashboard-session";
import { csvBodyOf, importLeads } from "@/lib/lead-import";

export const dynamic = "force-dynamic";

// A route, not a server action: an action's body is capped at 1 MB and buffered whole, while an
// import streams up to 20 MB. The session cookie is SameSite=Lax, so another site cannot post here
// as the user. Admins and members only (checked in lib).
export const POST = withDashboardSession("leads.import", async (req, { session, org }) => {
  const params = new URL(req.url).searchParams;
  const filename = params.get("filename") ?? undefined;
  params.delete("filename");
  const report = await importLeads(session.claims, org.id, {
    csv: csvBodyOf(req),
    mapping: Object.fromEntries(params),
    filename,
  });
  return Response.json({ data: report }, { headers: { "cache-control": "no-store" } });
});
