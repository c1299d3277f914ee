"use client";

import { Check, Copy } from "lucide-react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** Shown when no SMTP server is configured: the inviter passes the link on themselves. */
export function InviteLink({ email, link }: { email: string; link: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      // Clipboard refused (insecure origin, permissions): the field stays selectable.
    }
  };
  return (
    <Alert tone="success" className="space-y-2">
      <p>
        Invitation created for <strong>{email}</strong>. Email is not set up, so send them this link
        yourself; it is shown only once.
      </p>
      <div className="flex gap-2">
        <label htmlFor="invitation-link" className="sr-only">
          Invitation link
        </label>
        <Input
          id="invitation-link"
          readOnly
          value={link}
          onFocus={(e) => e.currentTarget.select()}
          className="font-mono text-xs"
        />
        <Button variant="secondary" onClick={copy} aria-label="Copy link">
          {copied ? (
            <Check aria-hidden className="size-4" />
          ) : (
            <Copy aria-hidden className="size-4" />
          )}
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
    </Alert>
  );
}
