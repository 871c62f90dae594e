import { invalidateUserReads } from "@/server/cache/user-reads";
import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/db";
import { queryPreparedPipeline } from "@/db/client";
import { type CategorizationAnswer, planCategorization } from "@/server/categorize/assign";
import type { Categorization } from "@/server/categorize/engine";
import {
  type AggregateDelta,
  accountLock,
  applyAggregateDeltas,
  userDeltaLock,
} from "@/server/spending/aggregate";
import type { ParsedTransaction } from "@/server/statements/types";
import { asStatementRejection, checkStatementRows } from "./errors";
import { assignExternalIds } from "./fingerprint";
import {
  deletePendingRows,
  findKnownIds,
  INGEST_BATCH_SIZE,
  type IngestRow,
  type IngestTarget,
  insertBatch,
  lockPendingRowsSql,
  readLockedPending,
  rewritePendingRows,
} from "./ingest";
import { postedRowsInRangeSql, rowsFromOtherFiles, type StoredPostedRow } from "./other-files";
import {
  type Coverage,
  coverageOfRows,
  type IncomingRow,
  planPending,
  type StoredPending,
  settles,
} from "./pending";

export type ImportOptions = {
  batchSize?: number;
  /** Called after each batch is written (not committed); tests use it to simulate a crash mid-statement. */
  afterBatch?: (batchIndex: number) => void | Promise<void>;
  /** Receives how long each stage took, for the ingest benchmark. */
  onStage?: (stage: "normalize" | "categorize" | "insert", milliseconds: number) => void;
  /**
   * The caller took the import's locks in this transaction and found the account (lockImportTarget): they
   * are not taken again.
   */
  targetLocked?: boolean;
  /**
   * The days the statement speaks for, which decides which pending rows it no longer lists. Default: the
   * days its rows span.
   */
  coverage?: Coverage | null;
  /**
   * An uploaded file: its new rows are also matched with rows another file brought in under other ids (same
   * day and amount; server/sync/other-files.ts), which are then duplicates. Not for bank connections, whose
   * ids are stable.
   */
  matchOtherFiles?: boolean;
};

/** What one statement did to an account. imported + duplicates + pending + settled = rows in the statement. */
export type ImportResult = {
  /** New posted rows. */
  imported: number;
  /** Rows already in Tally (same bank id or fingerprint), left as they were. */
  duplicates: number;
  /** New rows the bank marks as pending, stored as pending. */
  pending: number;
  /** Pending rows that this statement's posted rows replaced. */
  settled: number;
  /** Pending rows the bank no longer lists, removed. */
  removed: number;
};

export const emptyImportResult = (): ImportResult => ({
  imported: 0,
  duplicates: 0,
  pending: 0,
  settled: 0,
  removed: 0,
});

/** One account's statement in its own transaction (see importStatementRows); the user's cached reads go after it commits. */
export async function importTransactions(
  db: Database,
  target: IngestTarget,
  parsed: readonly ParsedTransaction[],
  options: ImportOptions = {},
): Promise<ImportResult | null> {
  const result = await db.transaction((tx) => importStatementRows(tx, target, parsed, options));
  await invalidateUserReads(target.userId);
  return result;
}

/**
 * Normalizes, categorizes and stores one account's statement, with the monthly aggregate, inside the caller's
 * transaction (`tx` must be one): the statement is stored whole or not at all. Safe to run again: rows already
 * stored are counted as duplicates. Rows the bank marks as pending are stored as pending; posted rows replace
 * the pending rows they settle and pending rows the bank dropped are removed (server/sync/pending.ts).
 * A statement Tally cannot store (an amount out of range, an impossible date) is refused with a
 * StatementRejectedError naming the row. Null when the account was removed meanwhile.
 */
export async function importStatementRows(
  tx: Database,
  target: IngestTarget,
  parsed: readonly ParsedTransaction[],
  options: ImportOptions = {},
): Promise<ImportResult | null> {
  const clock = stageClock(options.onStage);
  const statement = checkStatementRows(parsed);
  const externalIds = assignExternalIds(statement);
  try {
    const incoming: IncomingRow[] = statement.map((row, index) => ({
      externalId: externalIds[index]!,
      postedOn: row.postedOn,
      amount: row.amount,
      description: row.description,
      pending: row.pending ?? false,
    }));
    clock.lap("normalize");
    // Every row is categorized up front, duplicates included (a stored row's category is never changed; the
    // work is small next to a round trip), so that the lookups go out with the locks.
    const categorization = planCategorization(target.userId, statement, { currency: target.currency });
    clock.lap("categorize");
    // One round trip, in this order: the import's locks; then the account's pending rows (locked), which also
    // says whether the account still exists after the locks; then the categories' lookups; then, for a file,
    // the account's posted rows in the file's days, which another file may have brought.
    const otherFilesRead = options.matchOtherFiles ? postedRowsInRangeSql(target, statement) : null;
    const results = (
      await queryPreparedPipeline(tx, [
        ...(options.targetLocked ? [] : [lockTargetSql(target)]),
        lockPendingRowsSql(target),
        ...(categorization.query ? [categorization.query] : []),
        ...(otherFilesRead ? [otherFilesRead] : []),
      ])
    ).slice(options.targetLocked ? 0 : 1);
    const pendingResult = results[0];
    const answers = categorization.query ? results[1] : undefined;
    const inRange = (otherFilesRead ? results[results.length - 1] : []) as StoredPostedRow[];
    const stored = readLockedPending(pendingResult ?? []);
    if (stored === null) return null;
    clock.lap("normalize");
    const categories = categorization.finish((answers ?? []) as CategorizationAnswer[]);
    clock.lap("categorize");

    const deltas: AggregateDelta[] = [];
    const result = emptyImportResult();
    const handled = await reconcilePending(
      tx,
      target,
      statement,
      categories,
      stored,
      incoming,
      options,
      deltas,
      result,
    );
    if (inRange.length > 0) {
      const unhandled = statement.map((_, index) => index).filter((index) => !handled.has(index));
      for (const index of rowsFromOtherFiles(inRange, statement, externalIds, unhandled)) handled.add(index);
    }
    clock.lap("normalize");

    // Month order keeps each batch's aggregate deltas on few, adjacent keys.
    const order = statement
      .map((_, index) => index)
      .filter((index) => !handled.has(index))
      .sort((a, b) => compare(statement[a]!.postedOn, statement[b]!.postedOn));
    const batchSize = options.batchSize ?? INGEST_BATCH_SIZE;
    for (let start = 0, batch = 0; start < order.length; start += batchSize, batch++) {
      const indexes = order.slice(start, start + batchSize);
      const rows = ingestRows(statement, categories, externalIds, indexes);
      // The last batch applies the whole import's aggregate deltas in its own statement.
      const last = start + batchSize >= order.length;
      const inserted = await insertBatch(tx, target, rows, last ? { deltas } : undefined);
      result.imported += inserted.imported;
      result.pending += inserted.pending;
      deltas.push(...inserted.deltas);
      clock.lap("insert");
      await options.afterBatch?.(batch);
    }
    if (order.length === 0) await applyAggregateDeltas(tx, target.userId, deltas);
    clock.lap("insert");
    result.duplicates = statement.length - result.imported - result.pending - result.settled;
    return result;
  } catch (error) {
    throw asStatementRejection(error);
  }
}

/**
 * Applies the statement to the account's pending rows (see server/sync/pending.ts for the rule) and returns
 * the statement rows it used up: those that updated or replaced a pending row, and pending rows Tally already
 * saw post. The rest go through the ordinary insert.
 */
async function reconcilePending(
  tx: Database,
  target: IngestTarget,
  statement: readonly ParsedTransaction[],
  categories: readonly Categorization<string>[],
  stored: readonly StoredPending[],
  incoming: IncomingRow[],
  options: ImportOptions,
  deltas: AggregateDelta[],
  result: ImportResult,
): Promise<Set<number>> {
  const handled = new Set<number>();
  const incomingPending = incoming.flatMap((row, index) => (row.pending ? [index] : []));
  if (stored.length === 0 && incomingPending.length === 0) return handled;

  // Posted rows that might settle a pending row: only they (and pending rows) need looking up.
  const storedIds = new Set(stored.map((row) => row.externalId));
  const candidates = incoming.flatMap((row, index) =>
    !row.pending && !storedIds.has(row.externalId) && stored.some((p) => settles(row, p)) ? [index] : [],
  );
  const known = await findKnownIds(
    tx,
    target,
    [...candidates, ...incomingPending].map((index) => incoming[index]!.externalId),
  );
  // A pending row whose posted version replaced it earlier, listed again by an older statement: a duplicate.
  for (const index of incomingPending) {
    if (known.settledPending.has(incoming[index]!.externalId)) handled.add(index);
  }
  const coverage = options.coverage === undefined ? coverageOfRows(statement) : options.coverage;
  const plan = planPending(
    stored,
    incoming,
    coverage,
    (index) => !known.stored.has(incoming[index]!.externalId),
  );

  const byId = new Map(stored.map((row) => [row.id, row]));
  const rewrites = [...plan.sameId, ...plan.settled];
  const rows = ingestRows(
    statement,
    categories,
    incoming.map((row) => row.externalId),
    rewrites.map((rewrite) => rewrite.incoming),
  );
  const rewritten = await rewritePendingRows(
    tx,
    target,
    rewrites.map((rewrite, i) => {
      const formerId = byId.get(rewrite.pendingId)!.externalId;
      return {
        pendingId: rewrite.pendingId,
        row: rows[i]!,
        formerExternalId: formerId === rows[i]!.externalId ? null : formerId,
      };
    }),
  );
  deltas.push(...rewritten.deltas);
  result.settled = rewrites.filter((rewrite) => !incoming[rewrite.incoming]!.pending).length;
  for (const rewrite of rewrites) handled.add(rewrite.incoming);

  const removed = await deletePendingRows(tx, target, plan.vanished);
  deltas.push(...removed.deltas);
  result.removed = removed.removed;
  return handled;
}

/** Statement rows (by index) with their categories (by the same index), as the insert takes them. */
function ingestRows(
  statement: readonly ParsedTransaction[],
  categories: readonly Categorization<string>[],
  externalIds: readonly string[],
  indexes: readonly number[],
): IngestRow[] {
  return indexes.map((index) => {
    const row = statement[index]!;
    const category = categories[index]!;
    return {
      externalId: externalIds[index]!,
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
}

/**
 * Takes the locks a statement import holds to its end (the user's aggregate lock, shared; the account's, alone)
 * and says whether the account still exists. A caller that writes more in the same transaction (the sync's
 * record of the import) takes them first; taking them again is harmless.
 */
export async function lockImportTarget(tx: Database, target: IngestTarget): Promise<boolean> {
  // A statement of its own after the locks' (sent in the same round trip), so that its snapshot is taken
  // after the locks: an account removed while this import waited for them is seen as removed.
  const [, rows] = await queryPreparedPipeline(tx, [
    lockTargetSql(target),
    sql`select id from accounts where id = ${target.accountId}::uuid and user_id = ${target.userId}::uuid`,
  ]);
  return (rows ?? []).length > 0;
}

// Postgres evaluates a select list in order: the user's lock is taken before the account's.
const lockTargetSql = (target: IngestTarget) =>
  sql`select ${userDeltaLock(target.userId)}, ${accountLock(target.accountId)}`;

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
