import { enabledOAuthProviders } from "@/auth";
import { buttonClasses } from "@/components/ui/button";
import { signInWithProviderAction } from "../actions";

export function OAuthButtons() {
  if (enabledOAuthProviders.length === 0) return null;
  return (
    <div className="mt-6 space-y-2 border-t border-line pt-6">
      {enabledOAuthProviders.map((provider) => (
        <form key={provider.id} action={signInWithProviderAction}>
          <input type="hidden" name="provider" value={provider.id} />
          <button type="submit" className={buttonClasses("secondary", "w-full")}>
            Continue with {provider.name}
          </button>
        </form>
      ))}
    </div>
  );
}
