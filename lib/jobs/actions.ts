"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { safeAction } from "@/lib/actions/safe-action";
import { cancelJob, createJob, listJobs } from "@/lib/jobs";

const WRITERS = ["admin", "member"] as const;

export const listJobsAction = safeAction(
  { name: "jobs.list", schema: z.object({ cursor: z.string().max(200) }) },
  (input, { session, org }) => listJobs(session.claims, org.id, { cursor: input.cursor }),
);

// The job body is validated by createJob with ZCreateJobSchema (the API's own contract), so its
// field errors carry the API's paths (url, urls.3, options.max_pages_per_site).
const ZCreateJobActionSchema = z.object({
  idempotency_key: z.uuid(),
  job: z.unknown(),
});

export const createJobAction = safeAction(
  { name: "jobs.create", schema: ZCreateJobActionSchema, roles: WRITERS },
  async (input, { session, org }) => {
    const job = await createJob(session.claims, org.id, input.job, {
      idempotencyKey: `dashboard:${input.idempotency_key}`,
    });
    revalidatePath("/jobs");
    return { id: job.id };
  },
);

export const cancelJobAction = safeAction(
  { name: "jobs.cancel", schema: z.object({ id: z.uuid() }), roles: WRITERS },
  async (input, { session, org }) => {
    const job = await cancelJob(session.claims, org.id, input.id);
    revalidatePath(`/jobs/${input.id}`);
    return { status: job.status };
  },
);
