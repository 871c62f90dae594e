import "server-only";
import type { Database } from "@/db";
import { categorizeForUser } from "@/server/categorize/assign";
import type { ParsedTransaction } from "@/server/statements/types";
import { assignExternalIds } from "./fingerprint";
import { INGEST_BATCH_SIZE, type IngestRow, type IngestTarget, ingestBatch } from "./ingest";

export type ImportOptions = {
  batchSize?: number;
  /** Called after each committed batch; tests use it to simulate a crash between batches. */
  afterBatch?: (batchIndex: number) => void | Promise<void>;
  /** Receives how long each stage took, for the ingest benchmark. */
  onStage?: (stage: "normalize" | "categorize" | "insert", milliseconds: number) => void;
};

/**
 * Normalizes, categorizes and stores one account's parsed transactions in batches. Safe to run again with the
 * same input: rows already stored are skipped, so a retry after a crash finishes the job without doubling.
 * Returns how many rows this call inserted.
 */
export async function importTransactions(
  db: Database,
  target: IngestTarget,
  parsed: readonly ParsedTransaction[],
  options: ImportOptions = {},
): Promise<number> {
  const batchSize = options.batchSize ?? INGEST_BATCH_SIZE;
  const clock = stageClock(options.onStage);
  const externalIds = assignExternalIds(parsed);
  // Month order keeps each batch's aggregate upsert on few, adjacent rows.
  const order = parsed
    .map((_, index) => index)
    .sort((a, b) => compare(parsed[a]!.postedOn, parsed[b]!.postedOn));
  let inserted = 0;
  for (let start = 0, batch = 0; start < order.length; start += batchSize, batch++) {
    const indexes = order.slice(start, start + batchSize);
    const rows = indexes.map((index) => parsed[index]!);
    const categories = await categorizeForUser(db, target.userId, rows, { currency: target.currency });
    clock.lap("categorize");
    const ingestRows: IngestRow[] = rows.map((row, i) => {
      const category = categories[i]!;
      return {
        externalId: externalIds[indexes[i]!]!,
        postedOn: row.postedOn,
        transactedOn: row.transactedOn ?? null,
        amount: row.amount,
        description: row.description,
        memo: row.memo ?? null,
        sellerKey: category.sellerKey,
        merchant: category.merchant || row.description,
        categoryId: category.categoryId,
        categorySource: category.source,
        categoryReason: category.reason,
        pending: row.pending ?? false,
      };
    });
    inserted += await ingestBatch(db, target, ingestRows);
    clock.lap("insert");
    await options.afterBatch?.(batch);
  }
  return inserted;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function stageClock(onStage: ImportOptions["onStage"]) {
  let last = performance.now();
  return {
    lap(stage: Parameters<NonNullable<ImportOptions["onStage"]>>[0]) {
      if (!onStage) return;
      const now = performance.now();
      onStage(stage, now - last);
      last = now;
    },
  };
}
