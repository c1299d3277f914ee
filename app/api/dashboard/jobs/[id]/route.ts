import { NextResponse } from "next/server";
import { z } from "zod";
import { getSession } from "@/lib/auth";
import { ERROR_STATUS, toAppError } from "@/lib/errors";
import { getJob, listJobUrls } from "@/lib/jobs";
import { log } from "@/lib/log";
import { getCurrentOrg } from "@/lib/orgs";

// Session-authenticated JSON for the job page's live progress (polled while the job runs).
export const dynamic = "force-dynamic";

const json = (code: keyof typeof ERROR_STATUS, message: string) =>
  NextResponse.json({ error: { code, message } }, { status: ERROR_STATUS[code] });

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await getSession();
  if (!session) return json("unauthenticated", "Sign in to see this job");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return json("not_found", "Job not found");
  try {
    const { current } = await getCurrentOrg(session.claims);
    if (!current) return json("not_found", "Job not found");
    const [job, urls] = await Promise.all([
      getJob(session.claims, current.id, id),
      listJobUrls(session.claims, current.id, id, { limit: 100 }),
    ]);
    return NextResponse.json({ job, urls }, { headers: { "cache-control": "no-store" } });
  } catch (err) {
    const e = toAppError(err);
    if (e.code === "internal") log.error("dashboard job poll failed", { err });
    return json(e.code, e.message);
  }
}
