"use client";

import { LogOut, Settings } from "lucide-react";
import Link from "next/link";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

/** The signed-in person, with settings and sign-out (a POST, so a link cannot sign anyone out). */
export function UserMenu({ email }: { email: string }) {
  return (
    <>
      <form id="sign-out-form" action="/auth/sign-out" method="post" hidden />
      <DropdownMenu>
        <DropdownMenuTrigger className="flex w-full items-center gap-2 rounded-md px-2 py-1.5 text-left text-sm hover:bg-zinc-200/50 focus-visible:outline-2 focus-visible:outline-brand-600 data-[state=open]:bg-zinc-200/50 dark:hover:bg-zinc-800 dark:data-[state=open]:bg-zinc-800">
          <span
            aria-hidden
            className="inline-flex size-6 shrink-0 items-center justify-center rounded-full bg-zinc-300 text-xs font-semibold text-zinc-700 dark:bg-zinc-700 dark:text-zinc-200"
          >
            {email.charAt(0).toUpperCase()}
          </span>
          <span className="sr-only">Account menu:</span>
          <span className="min-w-0 flex-1 truncate text-zinc-700 dark:text-zinc-300">{email}</span>
        </DropdownMenuTrigger>
        <DropdownMenuContent side="top" className="w-60">
          <DropdownMenuLabel className="truncate">{email}</DropdownMenuLabel>
          <DropdownMenuSeparator />
          <DropdownMenuItem asChild>
            <Link href="/settings/organization">
              <Settings aria-hidden className="size-4" />
              Settings
            </Link>
          </DropdownMenuItem>
          {/* A submit button for the form outside the menu. Selecting keeps the menu open: a
              button the menu has already unmounted would submit nothing. */}
          <DropdownMenuItem asChild onSelect={(e) => e.preventDefault()}>
            <button type="submit" form="sign-out-form" className="w-full text-left">
              <LogOut aria-hidden className="size-4" />
              Sign out
            </button>
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
    </>
  );
}
