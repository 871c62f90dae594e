"use client";

import { useEffect, useState } from "react";
import { previewSellerChangeAction } from "../actions";

/** "12 past transactions from Blue Bottle Coffee will move to Groceries", asked of the server as choices change. */
export function SellerPreview({
  transactionId,
  categoryId,
  categoryName,
}: {
  transactionId: string;
  categoryId: string;
  categoryName: string;
}) {
  const [text, setText] = useState("Counting the other transactions from this seller…");
  useEffect(() => {
    let current = true;
    previewSellerChangeAction({ transactionId, categoryId }).then(
      (result) => {
        if (!current) return;
        if (!result.ok) return setText(result.error.message);
        const { count, merchant } = result.data;
        setText(
          count === 0
            ? `No other transactions from ${merchant} will change; future ones go to ${categoryName}.`
            : `${count} past transaction${count === 1 ? "" : "s"} from ${merchant} will move to ${categoryName}, and future ones will go there too.`,
        );
      },
      () => current && setText("Could not count the other transactions; saving still works."),
    );
    return () => {
      current = false;
    };
  }, [transactionId, categoryId, categoryName]);
  return (
    <p role="status" className="rounded-md bg-info-soft px-3 py-2 text-sm text-info ring-1 ring-info-line">
      {text}
    </p>
  );
}
