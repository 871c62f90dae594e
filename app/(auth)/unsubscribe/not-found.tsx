import Link from "next/link";

// A token that does not verify: cut short when copied, or made before the server's secret changed.
export default function UnsubscribeLinkNotValid() {
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">This unsubscribe link is not valid</h1>
      <p className="text-sm text-fg-muted">
        It may have been cut short when it was copied, or it is older than the server&apos;s current keys.
        Nothing was changed. To stop notification e-mails,{" "}
        <Link href="/settings#notifications" className="font-medium text-accent underline">
          sign in and turn them off in Settings
        </Link>
        .
      </p>
    </>
  );
}
