// Jobs: the public face. Request code (API routes, actions, pages) imports from here only.
export {
  checkJobRequest,
  createCheckedJob,
  createJob,
  type CheckedJobRequest,
  type CreateJobContext,
} from "./create-job";
export { getJob } from "./get-job";
export { listJobs, type Page } from "./list-jobs";
export { cancelJob } from "./cancel-job";
export { listJobUrls, type JobUrl } from "./list-job-urls";
export { parseUrlCsv, urlsFromCsvOrThrow, type CsvUrls, type CsvRowError } from "./csv";
export { normalizeUrl } from "./normalize-url";
export { ownEnrichKeysRule } from "./pipeline/enrich-keys";
export { newJobPricing } from "./new-job-pricing";
export {
  ZCreateJobSchema,
  ZJobOptionsSchema,
  ZJobUrlSchema,
  ZJobStatusSchema,
  ZJobUrlStatusSchema,
  ZListJobsQuerySchema,
  ZListJobUrlsQuerySchema,
  MAX_BULK_URLS,
  DEFAULT_SITEMAP_URLS,
  type CreateJobInput,
  type CreateJob,
  type JobOptions,
  type ListJobsQuery,
  type ListJobUrlsQuery,
} from "./schemas";
export type { Job, JobProgress } from "./view";
