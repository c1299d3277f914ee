import { TableSkeleton } from "@/components/leads/table-skeleton";

export default function JobsLoading() {
  return <TableSkeleton label="Loading jobs" />;
}
