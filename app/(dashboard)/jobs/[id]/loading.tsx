import { DetailSkeleton } from "@/components/dashboard/detail-skeleton";

export default function JobLoading() {
  return <DetailSkeleton label="Loading job" />;
}
