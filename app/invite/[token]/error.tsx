"use client";

import Link from "next/link";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";

export default function InviteError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main className="flex min-h-screen items-center justify-center bg-zinc-50 px-4 dark:bg-zinc-950">
      <section role="alert" className="w-full max-w-md space-y-4 text-center">
        <h1 className="text-xl font-semibold tracking-tight">The invitation could not be opened</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Something went wrong on our side; the link itself may still be fine. Try again in a
          moment.
        </p>
        <div className="flex justify-center gap-2">
          <Button onClick={() => retry()}>Try again</Button>
          <Link
            href="/dashboard"
            className="inline-flex h-10 items-center rounded-md border border-zinc-300 px-4 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
          >
            Go to your dashboard
          </Link>
        </div>
      </section>
    </main>
  );
}
