import { DetailSkeleton } from "@/components/dashboard/detail-skeleton";

export default function LeadLoading() {
  return <DetailSkeleton label="Loading lead" />;
}
