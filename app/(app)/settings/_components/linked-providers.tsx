import { enabledOAuthProviders } from "@/auth";
import { buttonClasses } from "@/components/ui/button";
import { linkProviderAction } from "../actions";

/** GitHub and Google sign-in for this account: which are linked, and a way to link the others. */
export function LinkedProviders({ linked }: { linked: string[] }) {
  if (enabledOAuthProviders.length === 0) return null;
  return (
    <div className="mt-6 border-t border-line pt-4">
      <h3 className="mb-2 text-sm font-semibold">Sign in with</h3>
      <ul className="space-y-2">
        {enabledOAuthProviders.map((provider) => (
          <li key={provider.id} className="flex items-center justify-between gap-3 text-sm">
            <span>{provider.name}</span>
            {linked.includes(provider.id) ? (
              <span className="text-fg-muted">Linked</span>
            ) : (
              <form action={linkProviderAction}>
                <input type="hidden" name="provider" value={provider.id} />
                <button type="submit" className={buttonClasses("secondary")}>
                  Link {provider.name}
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
