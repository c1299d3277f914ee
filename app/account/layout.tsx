import Link from "next/link";

// Account pages that must work whatever the person's organizations (even none): outside the
// dashboard, whose layout shows "create an organization" to someone without one.
export default function AccountLayout({ children }: { children: React.ReactNode }) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-6 bg-zinc-50 px-4 py-12 dark:bg-zinc-950">
      <Link
        href="/dashboard"
        className="text-sm font-semibold tracking-wide text-brand-600 uppercase"
      >
        Leadscout
      </Link>
      <div className="w-full max-w-lg bg-white dark:bg-zinc-950">{children}</div>
      <Link href="/dashboard" className="text-sm text-zinc-500 hover:underline">
        Back to the dashboard
      </Link>
    </main>
  );
}
