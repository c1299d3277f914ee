import { TableSkeleton } from "@/components/leads/table-skeleton";

export default function LeadsLoading() {
  return <TableSkeleton label="Loading leads" filters />;
}
