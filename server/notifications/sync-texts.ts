import "server-only";

// What sync notices say: what arrived or what broke, and what the user can do about it.

type Text = { title: string; body: string };

const transactionCount = (count: number) =>
  `${count.toLocaleString("en-US")} new ${count === 1 ? "transaction" : "transactions"}`;

/** `source`: the institution of a connection ("Demo Bank"), or the statement file's name. */
export function syncCompletedText(input: {
  source: string;
  imported: number;
  accountName?: string | null;
}): Text {
  const into = input.accountName ? ` into ${input.accountName}` : "";
  return {
    title: `${transactionCount(input.imported)} from ${input.source}`,
    body: `${transactionCount(input.imported)} imported from ${input.source}${into}. Look them over on the Transactions page and fix any category that is not right.`,
  };
}

/**
 * A connection that needs the user. `refused`: the bank refused the login (its message already says to update
 * the password). Otherwise several syncs failed in a row; `bankMessage` is the bank's own explanation when
 * there is one.
 */
export function connectionNeedsUserText(input: {
  institutionName: string;
  refused: boolean;
  message: string;
  failures: number;
}): Text {
  if (input.refused) {
    return {
      title: `${input.institutionName} needs your attention`,
      body: `${input.message} Tally will not sync ${input.institutionName} until then.`,
    };
  }
  return {
    title: `${input.institutionName} could not be synced`,
    body:
      `The last ${input.failures} syncs of ${input.institutionName} failed. ${stripRetryPromise(input.message)} ` +
      "Tally has paused its daily sync: press “Refresh now” on the Accounts page to try again. If it keeps " +
      "failing, check that you can sign in on the bank's website and update the password in Tally.",
  };
}

// The sync's own error message ends with "It will be retried." while retries are still ahead; by the time the
// connection needs the user they are not.
function stripRetryPromise(message: string): string {
  return message.replace(/\s*It will be retried\.?\s*$/, "");
}

export function statementImportFailedText(input: { fileName: string; message: string }): Text {
  return {
    title: `${input.fileName} could not be imported`,
    body: `${input.message} Nothing from the file was imported.`,
  };
}
