// GET /api/dashboard/jobs/:id – the job and its first URLs, polled by the job page while it runs
import { NextResponse } from "next/server";
import { z } from "zod";
import { notFound } from "@/lib/errors";
import { getJob, listJobUrls } from "@/lib/jobs";
import { withDashboardSession } from "../../session-route";

export const dynamic = "force-dynamic";

export const GET = withDashboardSession<{ id: string }>("jobs.poll", async (_req, ctx, { id }) => {
  if (!z.uuid().safeParse(id).success) throw notFound("Job");
  const [job, urls] = await Promise.all([
    getJob(ctx.session.claims, ctx.org.id, id),
    listJobUrls(ctx.session.claims, ctx.org.id, id, { limit: 100 }),
  ]);
  return NextResponse.json({ job, urls }, { headers: { "cache-control": "no-store" } });
});
