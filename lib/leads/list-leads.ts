import { withUser, type JwtClaims } from "@/lib/db";
import { validationError } from "@/lib/errors";
import { ZListLeadsQuerySchema } from "./lead-query-schemas";
import {
  applyKeyset,
  applyLeadFilters,
  decodeLeadCursor,
  encodeLeadCursor,
  narrowSearch,
  sortValueColumn,
} from "./lead-filters";
import { LEAD_LIST_COLUMNS, toLead, type Lead } from "./lead-view";

export interface LeadPage {
  data: Lead[];
  next_cursor: string | null;
}

/** The organization's leads, filtered and sorted, one keyset page (≤ 100) at a time. */
export async function listLeads(
  claims: JwtClaims,
  orgId: string,
  /** Raw query parameters (ListLeadsQuery); validated here. */
  query: unknown = {},
): Promise<LeadPage> {
  const parsed = ZListLeadsQuerySchema.safeParse(query);
  if (!parsed.success) throw validationError(parsed.error, "The list query is invalid");
  const { limit, cursor, sort, ...filters } = parsed.data;
  const after = cursor ? decodeLeadCursor(cursor, sort) : undefined;
  const rows = await withUser(claims, async (tx) => {
    let q = tx.selectFrom("scraped_leads").select([...LEAD_LIST_COLUMNS, sortValueColumn(sort)]);
    q = applyLeadFilters(q, orgId, filters, await narrowSearch(tx, orgId, filters.q));
    return applyKeyset(q, sort, after)
      .limit(limit + 1)
      .execute();
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    data: page.map(toLead),
    next_cursor: rows.length > limit && last ? encodeLeadCursor(sort, last) : null,
  };
}
