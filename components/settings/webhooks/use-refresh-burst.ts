"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";

const EVERY_MS = 2_000;
const FOR_MS = 20_000;

/**
 * A queued delivery lands in the log a moment later (the delivery function runs in the
 * background): after a test or redelivery, re-render the page's server data every 2 s for 20 s.
 */
export function useRefreshBurst(): () => void {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearInterval(timer.current);
    },
    [],
  );
  return () => {
    if (timer.current) clearInterval(timer.current);
    const until = Date.now() + FOR_MS;
    router.refresh();
    timer.current = setInterval(() => {
      if (Date.now() > until && timer.current) clearInterval(timer.current);
      else router.refresh();
    }, EVERY_MS);
  };
}
