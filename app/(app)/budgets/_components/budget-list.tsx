import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatMoney } from "@/lib/money";
import { monthLabel, monthName, shiftMonth } from "@/lib/months";
import type { BudgetLine, BudgetMonth } from "@/server/budgets/evaluate";
import { BudgetEditor, ResetButton, RolloverToggle } from "./budget-editor";
import { BudgetBar, StatusLabel } from "./status";

// Cards carry their own dark colours, so they read well whatever the page around them does.
export const DARK_CARD = " ";

// The Budgets page's body for one month: totals, each group with its categories, and what has no budget.

export function BudgetList({ budget }: { budget: BudgetMonth }) {
  const money = (cents: number) => formatMoney(cents, budget.currency);
  const groups = budget.lines.filter((line) => line.isGroup);
  const monthText = monthLabel(budget.month);
  return (
    <div className="space-y-6">
      <Totals budget={budget} />
      {budget.guidance ? (
        <p className="rounded-lg bg-info-soft px-4 py-3 text-sm text-info ring-1 ring-info-line">
          {budget.guidance}
        </p>
      ) : null}
      {groups.map((group) => {
        const children = budget.lines.filter((line) => line.groupId === group.categoryId);
        return (
          <Card key={group.categoryId} className={DARK_CARD}>
            <section aria-labelledby={`group-${group.categoryId}`}>
              <LineView line={group} budget={budget} headingId={`group-${group.categoryId}`} />
              {children.length > 0 ? (
                <ul
                  className="mt-4 space-y-4 border-t border-line pt-4"
                  aria-label={`Categories in ${group.name}`}
                >
                  {children.map((line) => (
                    <li key={line.categoryId}>
                      <LineView line={line} budget={budget} />
                    </li>
                  ))}
                </ul>
              ) : null}
            </section>
          </Card>
        );
      })}
      <Card className={DARK_CARD}>
        <h2 className="text-lg font-semibold text-fg">
          Unbudgeted: {money(budget.unbudgeted.total)} in {budget.unbudgeted.categories.length}{" "}
          {budget.unbudgeted.categories.length === 1 ? "category" : "categories"}
        </h2>
        {budget.unbudgeted.categories.length === 0 ? (
          <p className="mt-1 text-sm text-fg-muted">Every dollar spent in {monthText} has a budget.</p>
        ) : (
          <ul className="mt-3 divide-y divide-line" aria-label="Spending without a budget">
            {budget.unbudgeted.categories.map((item) => (
              <li key={item.categoryId} className="flex flex-wrap items-center justify-between gap-3 py-2.5">
                <div className="min-w-0">
                  <p className="text-sm font-medium text-fg">
                    {item.name}
                    {item.groupItself ? " (the whole group)" : ""}
                    {/* Hidden in Settings: its spending this month still counts, so it is listed, marked. */}
                    {item.hidden ? (
                      <>
                        {" "}
                        <Badge>Hidden</Badge>
                      </>
                    ) : null}
                  </p>
                  {item.groupName && !item.groupItself ? (
                    <p className="text-xs text-fg-muted">{item.groupName}</p>
                  ) : null}
                </div>
                <div className="flex items-center gap-3">
                  <span className="tabular text-sm text-fg">{money(item.amount)} spent</span>
                  {item.groupName !== null ? (
                    <BudgetEditor
                      categoryId={item.categoryId}
                      name={item.groupItself ? `${item.name} (the whole group)` : item.name}
                      month={budget.month}
                      monthText={monthText}
                      amount={null}
                      label="Set a budget"
                    />
                  ) : (
                    <Link
                      href={`/transactions?month=${budget.month}`}
                      className="text-sm font-medium text-accent underline"
                    >
                      Categorize them
                    </Link>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

function Totals({ budget }: { budget: BudgetMonth }) {
  const money = (cents: number) => formatMoney(cents, budget.currency);
  const { totals } = budget;
  const stats = [
    {
      label: "Budgeted",
      value: money(totals.available),
      note:
        totals.rollover !== 0
          ? `${signed(totals.rollover, budget.currency)} rolled over`
          : "This month's budgets",
    },
    { label: "Spent", value: money(totals.spent), note: "In budgeted categories" },
    {
      label: totals.remaining < 0 ? "Over budget" : "Left",
      value: money(Math.abs(totals.remaining)),
      note:
        totals.projected !== null && budget.projectionReady
          ? `At this pace: ${money(totals.projected)} by month's end`
          : budget.timing === "past"
            ? "At the end of the month"
            : budget.timing === "current"
              ? // The first week's pace says little: one shop would "project" thirty.
                "A pace is shown from the second week"
              : "Nothing spent yet",
    },
  ];
  return (
    <dl className="grid gap-4 sm:grid-cols-3" aria-label={`Totals for ${monthLabel(budget.month)}`}>
      {stats.map((stat) => (
        <div key={stat.label} className="rounded-xl bg-surface p-5 shadow-sm ring-1 ring-line">
          <dt className="text-sm font-medium text-fg-muted">{stat.label}</dt>
          <dd className="tabular mt-1 text-2xl font-semibold tracking-tight text-fg">{stat.value}</dd>
          <dd className="mt-1 text-xs text-fg-muted">{stat.note}</dd>
        </div>
      ))}
    </dl>
  );
}

const signed = (cents: number, currency: string) =>
  cents >= 0 ? `+${formatMoney(cents, currency)}` : `−${formatMoney(-cents, currency)}`;

function LineView({
  line,
  budget,
  headingId,
}: {
  line: BudgetLine;
  budget: BudgetMonth;
  headingId?: string;
}) {
  const money = (cents: number) => formatMoney(cents, budget.currency);
  const Heading = headingId ? "h2" : "h3";
  const monthText = monthLabel(budget.month);
  const previous = monthName(shiftMonth(budget.month, -1));
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <div className="flex items-baseline gap-2">
          <Heading
            id={headingId}
            className={headingId ? "text-lg font-semibold text-fg " : "text-sm font-semibold text-fg "}
          >
            {line.name}
          </Heading>
          {/* Hidden in Settings, still listed: its spending or budget this month belongs in the totals. */}
          {line.hidden ? <Badge>Hidden</Badge> : null}
        </div>
        <StatusLabel status={line.status} remaining={line.remaining} currency={budget.currency} />
      </div>
      <BudgetBar spent={line.spent} available={line.available} status={line.status} />
      <p className="tabular text-sm text-fg-muted">
        {money(line.spent)} of {money(line.available)} spent
        {line.remaining >= 0 ? ` · ${money(line.remaining)} left` : ""}
        {line.percent !== null ? ` · ${Math.round(line.percent)}%` : ""}
      </p>
      <ul className="space-y-0.5 text-xs text-fg-muted">
        <li>
          {line.rolledUp
            ? line.explanation
            : line.source === "user"
              ? `Your budget: ${money(line.budget)}${line.effectiveFrom ? ` since ${monthLabel(line.effectiveFrom)}` : ""}${line.recommended !== null ? ` · recommended ${money(line.recommended)}` : ""}`
              : `Recommended: ${money(line.budget)}${line.explanation ? ` · ${line.explanation}` : ""}`}
        </li>
        {line.source === "user" && line.explanation && !line.rolledUp ? <li>{line.explanation}</li> : null}
        {line.rollover !== 0 ? (
          <li>
            {signed(line.rollover, budget.currency)} from {previous}
          </li>
        ) : null}
        {/* Nothing spent yet projects nothing: the line would only say $0.00. */}
        {budget.projectionReady && line.projected !== null && line.spent !== 0 ? (
          <li>
            At this pace: {money(line.projected)} by the end of {monthName(budget.month)}
          </li>
        ) : null}
      </ul>
      {line.rolledUp ? (
        <div className="flex flex-wrap items-center gap-2">
          <BudgetEditor
            categoryId={line.categoryId}
            name={`${line.name} (the whole group)`}
            month={budget.month}
            monthText={monthText}
            amount={null}
            label="Budget the whole group"
          />
        </div>
      ) : (
        <div className="flex flex-wrap items-center gap-2">
          <BudgetEditor
            categoryId={line.categoryId}
            name={line.name}
            month={budget.month}
            monthText={monthText}
            amount={line.budget}
          />
          <RolloverToggle
            categoryId={line.categoryId}
            name={line.name}
            month={budget.month}
            enabled={line.rolloverEnabled}
          />
          {line.source === "user" ? (
            <ResetButton
              categoryId={line.categoryId}
              name={line.name}
              month={budget.month}
              recommendedText={line.recommended !== null ? money(line.recommended) : null}
            />
          ) : null}
        </div>
      )}
    </div>
  );
}
