"use client";

import { useRouter } from "next/navigation";
import type { ReactNode } from "react";

/**
 * A table row that opens `href` when clicked anywhere. Keyboard and screen-reader users use the
 * link inside the row, so the row itself adds no tab stop or role.
 */
export function ClickableRow({ href, children }: { href: string; children: ReactNode }) {
  const router = useRouter();
  return (
    <tr
      onClick={(e) => {
        // Let real links, buttons and text selection behave as usual.
        if ((e.target as HTMLElement).closest("a,button,input,select")) return;
        if (window.getSelection()?.toString()) return;
        router.push(href);
      }}
      className="cursor-pointer hover:bg-zinc-50 dark:hover:bg-zinc-900"
    >
      {children}
    </tr>
  );
}
