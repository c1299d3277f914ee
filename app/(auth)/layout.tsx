import Link from "next/link";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-6 bg-zinc-50 px-4 py-12 dark:bg-zinc-950">
      <Link href="/" className="text-sm font-semibold tracking-wide text-brand-600 uppercase">
        Leadscout
      </Link>
      <div className="w-full max-w-sm">{children}</div>
    </main>
  );
}
