"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Re-renders the server page every few seconds while something on it is still running. */
export function RefreshWhileRunning({
  running,
  everyMs = 3000,
}: {
  running: boolean;
  everyMs?: number;
}) {
  const router = useRouter();
  useEffect(() => {
    if (!running) return;
    const t = setInterval(() => router.refresh(), everyMs);
    return () => clearInterval(t);
  }, [running, everyMs, router]);
  return null;
}
