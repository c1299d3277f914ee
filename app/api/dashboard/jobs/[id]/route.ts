// GET /api/dashboard/jobs/:id – the job and its first URLs (?url_status= narrows them), polled by
// the job page while it runs
import { NextResponse } from "next/server";
import { z } from "zod";
import { AppError, notFound } from "@/lib/errors";
import { getJob, listJobUrls, ZJobUrlStatusSchema } from "@/lib/jobs";
import { withDashboardSession } from "@/lib/api/with-dashboard-session";

export const dynamic = "force-dynamic";

export const GET = withDashboardSession<{ id: string }>("jobs.poll", async (req, ctx, { id }) => {
  if (!z.uuid().safeParse(id).success) throw notFound("Job");
  const raw = new URL(req.url).searchParams.get("url_status") || undefined;
  const status = ZJobUrlStatusSchema.optional().safeParse(raw);
  if (!status.success)
    throw new AppError("validation_failed", "The URL filter is invalid", {
      fields: { url_status: [`Use one of ${ZJobUrlStatusSchema.options.join(", ")}`] },
    });
  const [job, urls] = await Promise.all([
    getJob(ctx.session.claims, ctx.org.id, id),
    listJobUrls(ctx.session.claims, ctx.org.id, id, { limit: 100, status: status.data }),
  ]);
  return NextResponse.json({ job, urls }, { headers: { "cache-control": "no-store" } });
});
