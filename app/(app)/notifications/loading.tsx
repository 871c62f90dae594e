import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

export default function NotificationsLoading() {
  return (
    <LoadingRegion label="Loading your notifications…">
      <Skeleton className="mb-2 h-8 w-48" />
      <Skeleton className="mb-6 h-4 w-80 max-w-full" />
      <div className="space-y-3">
        <Skeleton className="h-24 rounded-xl" />
        <Skeleton className="h-24 rounded-xl" />
        <Skeleton className="h-24 rounded-xl" />
      </div>
    </LoadingRegion>
  );
}
