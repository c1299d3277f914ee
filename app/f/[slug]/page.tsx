import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HostedForm, ThankYou } from "@/components/inbound/hosted-form";
import { AppError } from "@/lib/errors";
import { issueFormToken, openErrors, publicForm, type PublicForm } from "@/lib/inbound";

// The hosted inbound form: public, no sign-in, works without JavaScript, and is the one page
// other sites may frame (lib/security isFramablePath). Each render signs the time it was served.

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ sent?: string; errors?: string }>;
};

async function load(slug: string): Promise<PublicForm> {
  try {
    return await publicForm(slug);
  } catch (err) {
    if (err instanceof AppError && err.code === "not_found") notFound();
    throw err;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const form = await load((await params).slug);
  return { title: `${form.name} – ${form.org_name}`, robots: { index: false } };
}

export default async function HostedFormPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { sent, errors } = await searchParams;
  const form = await load(slug);
  return (
    <main className="mx-auto max-w-xl space-y-6 px-4 py-8">
      <header className="space-y-1">
        <h1 className="text-xl font-semibold">{form.name}</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{form.org_name}</p>
      </header>
      {sent === "1" ? (
        <ThankYou />
      ) : (
        <HostedForm
          endpoint={`/api/public/forms/${form.slug}`}
          fields={form.fields}
          token={issueFormToken(form.id)}
          initialErrors={openErrors(errors)}
        />
      )}
    </main>
  );
}
