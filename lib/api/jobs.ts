import { z } from "zod";
import { ZListJobsQuerySchema, ZListJobUrlsQuerySchema } from "@/lib/jobs";

// Strict versions of the pipeline's list queries: the API refuses unknown query parameters.
export const ZListJobsApiQuerySchema = z.strictObject(ZListJobsQuerySchema.shape);
export const ZListJobUrlsApiQuerySchema = z.strictObject(ZListJobUrlsQuerySchema.shape);
