import { Card } from "@/components/ui/card";
import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

/** A card-shaped placeholder while one dashboard widget loads; each widget streams in on its own. */
export function WidgetSkeleton({ label, height = "h-56" }: { label: string; height?: string }) {
  return (
    <Card>
      <LoadingRegion label={`Loading ${label}…`}>
        <Skeleton className="mb-4 h-5 w-48" />
        <Skeleton className={height} />
      </LoadingRegion>
    </Card>
  );
}

export function RowsSkeleton({ label, rows = 5 }: { label: string; rows?: number }) {
  return (
    <Card>
      <LoadingRegion label={`Loading ${label}…`}>
        <Skeleton className="mb-4 h-5 w-40" />
        <div className="space-y-3">
          {Array.from({ length: rows }, (_, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows
            <div key={index} className="flex items-center justify-between gap-4">
              <Skeleton className="h-4 w-1/2" />
              <Skeleton className="h-4 w-16" />
            </div>
          ))}
        </div>
      </LoadingRegion>
    </Card>
  );
}
