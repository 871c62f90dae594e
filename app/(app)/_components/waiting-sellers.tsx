import Link from "next/link";
import { Alert } from "@/components/ui/alert";

/** Points to the page that files a seller's uncategorized transactions in one step, when any are waiting. */
export async function WaitingSellers({ count }: { count: Promise<number> }) {
  const sellers = await count.catch(() => 0);
  if (sellers === 0) return null;
  return (
    <div className="mb-4" data-testid="waiting-sellers">
      <Alert tone="info">
        {sellers === 1 ? "1 seller needs" : `${sellers} sellers need`} a category. Choose one per seller and
        all its transactions follow, later ones too.{" "}
        <Link href="/transactions/review" className="font-medium underline">
          File {sellers === 1 ? "it" : "them"}
        </Link>
      </Alert>
    </div>
  );
}
