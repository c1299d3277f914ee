// GET /api/dashboard/leads/export – the leads table's current filter (or ?ids= selection) as CSV
import { withDashboardSession } from "@/lib/api/with-dashboard-session";
import { exportLeads, exportSelectedLeads } from "@/lib/leads";

export const dynamic = "force-dynamic";

const attachment = (filename: string) => ({
  "content-type": "text/csv; charset=utf-8",
  "content-disposition": `attachment; filename="${filename}"`,
  "cache-control": "no-store",
});

// Admins and members export (lib/leads checks the role before the first byte); viewers get 403.
export const GET = withDashboardSession("leads.export", async (req, { session, org }) => {
  const query = Object.fromEntries(new URL(req.url).searchParams);
  const stamp = new Date().toISOString().slice(0, 10);
  if (query.ids !== undefined) {
    const csv = await exportSelectedLeads(session.claims, org.id, {
      ids: query.ids.split(",").filter(Boolean),
    });
    return new Response(csv, { headers: attachment(`leads-selected-${stamp}.csv`) });
  }
  // Streamed a batch at a time: memory stays flat however many leads match.
  const out = await exportLeads(session.claims, org.id, { ...query, format: "csv" });
  return new Response(out.stream, { headers: attachment(out.filename) });
});
