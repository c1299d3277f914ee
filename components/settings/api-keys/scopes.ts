import type { ApiScope } from "@/lib/api-keys/schemas";

export const SCOPE_INFO: Record<ApiScope, { label: string; detail: string }> = {
  read: { label: "Read", detail: "List and fetch jobs, leads, credits" },
  write: { label: "Write", detail: "Create and cancel jobs, update leads" },
  delete: { label: "Delete", detail: "Delete leads" },
};

export const SCOPE_OPTIONS = (Object.keys(SCOPE_INFO) as ApiScope[]).map((value) => ({
  value,
  ...SCOPE_INFO[value],
}));
