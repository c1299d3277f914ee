// GET /api/dashboard/analytics/{chart} – one analytics chart's numbers for a date range, as CSV
import { withDashboardSession } from "@/lib/api/with-dashboard-session";
import { chartCsv, resolveRange, ZAnalyticsChartSchema } from "@/lib/analytics";
import { notFound } from "@/lib/errors";

export const dynamic = "force-dynamic";

// Any member, viewers included: the figures are the ones the page already shows them, not leads.
export const GET = withDashboardSession<{ chart: string }>(
  "analytics.csv",
  async (req, { session, org }, { chart }) => {
    const name = ZAnalyticsChartSchema.safeParse(chart);
    if (!name.success) throw notFound("Chart");
    const range = resolveRange(Object.fromEntries(new URL(req.url).searchParams));
    const out = await chartCsv(session.claims, org.id, name.data, range);
    return new Response(out.body, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${out.filename}"`,
        "cache-control": "no-store",
      },
    });
  },
);
