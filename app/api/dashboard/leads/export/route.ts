// GET /api/dashboard/leads/export – the leads table's current filter (or ?ids= selection) as CSV
import { exportLeads, getLeadsByIds, leadsToCsv } from "@/lib/leads";
import { withDashboardSession } from "@/lib/api/with-dashboard-session";

export const dynamic = "force-dynamic";

const attachment = (filename: string) => ({
  "content-type": "text/csv; charset=utf-8",
  "content-disposition": `attachment; filename="${filename}"`,
  "cache-control": "no-store",
});

// Every member may export: it is a read, and viewers read every lead already.
export const GET = withDashboardSession("leads.export", async (req, { session, org }) => {
  const query = Object.fromEntries(new URL(req.url).searchParams);
  const stamp = new Date().toISOString().slice(0, 10);
  if (query.ids !== undefined) {
    const leads = await getLeadsByIds(session.claims, org.id, {
      ids: query.ids.split(",").filter(Boolean),
    });
    return new Response(leadsToCsv(leads), { headers: attachment(`leads-selected-${stamp}.csv`) });
  }
  // Streamed a batch at a time: memory stays flat however many leads match.
  const out = exportLeads(session.claims, org.id, { ...query, format: "csv" });
  return new Response(out.stream, { headers: attachment(out.filename) });
});
