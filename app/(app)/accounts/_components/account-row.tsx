import { accountTypeLabels } from "./labels";
import type { AccountView } from "./types";

export function AccountRow({ account, children }: { account: AccountView; children?: React.ReactNode }) {
  return (
    <li className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2 py-3">
      <div className="min-w-0">
        <p className="truncate text-sm font-medium text-fg">{account.name}</p>
        <p className="text-xs text-fg-muted">
          {accountTypeLabels[account.type]}
          {account.mask ? (
            <>
              {" · "}
              <span aria-hidden="true">••</span>
              <span className="sr-only">ending in </span>
              {account.mask}
            </>
          ) : null}
          {" · "}
          {account.syncedLabel}
        </p>
      </div>
      <div className="flex items-center gap-3">
        <p className="tabular text-right text-sm font-semibold text-fg">
          {account.balanceLabel ?? <span className="font-normal text-fg-muted">No balance yet</span>}
        </p>
        {children}
      </div>
    </li>
  );
}
