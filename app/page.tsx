import Link from "next/link";

export default function HomePage() {
  return (
    <main className="mx-auto flex min-h-screen max-w-3xl flex-col justify-center gap-6 px-6">
      <p className="text-sm font-medium tracking-wide text-brand-600 uppercase">Leadscout</p>
      <h1 className="text-4xl font-semibold tracking-tight">
        Turn company websites into qualified leads.
      </h1>
      <p className="text-lg text-zinc-600 dark:text-zinc-400">
        Give Leadscout a URL, a list or a sitemap. It finds the emails, phones, social profiles and
        people on each site, scores every lead against your ideal customer, and enriches it.
      </p>
      <div className="flex gap-3">
        <Link
          href="/sign-up"
          className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
        >
          Create an account
        </Link>
        <Link
          href="/sign-in"
          className="rounded-md border border-zinc-300 px-4 py-2 font-medium hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-900"
        >
          Sign in
        </Link>
      </div>
    </main>
  );
}
