import { CopySecret } from "@/components/settings/copy-secret";
import { Alert } from "@/components/ui/alert";

/** Shown when no SMTP server is configured: the inviter passes the link on themselves. */
export function InviteLink({ email, link }: { email: string; link: string }) {
  return (
    <Alert tone="success" className="space-y-2">
      <p>
        Invitation created for <strong>{email}</strong>. Email is not set up, so send them this link
        yourself; it is shown only once.
      </p>
      <CopySecret label="Invitation link" value={link} />
    </Alert>
  );
}
