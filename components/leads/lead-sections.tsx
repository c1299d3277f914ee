import Link from "next/link";
import type { ReactNode } from "react";
import { leadContacts } from "@/lib/leads/lead-contacts";
import type { LeadDetail } from "@/lib/leads/lead-view";

const asList = <T,>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

export function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={id}
      className="space-y-3 rounded-xl border border-zinc-200 p-4 dark:border-zinc-800"
    >
      <h2 id={id} className="text-base font-semibold">
        {title}
      </h2>
      <div className="text-sm">{children}</div>
    </section>
  );
}

function SourceLink({ url }: { url?: string | null }) {
  if (!url) return null;
  return (
    <a
      href={url}
      rel="noreferrer noopener"
      target="_blank"
      className="text-xs text-zinc-500 hover:underline"
    >
      found on {url}
    </a>
  );
}

const None = ({ what }: { what: string }) => <p className="text-zinc-500">No {what} found.</p>;

export function ContactsSection({ lead }: { lead: LeadDetail }) {
  const { emails, phones } = leadContacts(lead);
  return (
    <Section id="contacts-heading" title="Contacts">
      {emails.length + phones.length === 0 && <None what="contacts" />}
      <ul className="space-y-2">
        {emails.map((e, i) => (
          <li key={`e${i}`} className="flex flex-col">
            <a href={`mailto:${e.value}`} className="text-brand-600 hover:underline">
              {e.value}
            </a>
            <SourceLink url={e.sourceUrl} />
          </li>
        ))}
        {phones.map((p, i) => (
          <li key={`p${i}`} className="flex flex-col">
            <span>
              {p.value}
              {p.kind && <span className="ml-2 text-xs text-zinc-500">{p.kind}</span>}
            </span>
            <SourceLink url={p.sourceUrl} />
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function SocialsSection({ lead }: { lead: LeadDetail }) {
  const { socials } = leadContacts(lead);
  return (
    <Section id="socials-heading" title="Socials">
      {socials.length === 0 && <None what="social profiles" />}
      <ul className="space-y-2">
        {socials.map((s, i) => (
          <li key={i} className="flex flex-col">
            <a
              href={s.url}
              rel="noreferrer noopener"
              target="_blank"
              className="text-brand-600 hover:underline"
            >
              {s.platform}
              {s.kind ? ` (${s.kind})` : ""}: {s.url}
            </a>
            <SourceLink url={s.sourceUrl} />
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function PeopleSection({ lead }: { lead: LeadDetail }) {
  const { people } = leadContacts(lead);
  return (
    <Section id="people-heading" title="People">
      {people.length === 0 && <None what="people" />}
      <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {people.map((p, i) => (
          <li key={i} className="py-2">
            <p className="font-medium">{p.name}</p>
            {p.title && <p className="text-zinc-600 dark:text-zinc-400">{p.title}</p>}
            <p className="text-xs text-zinc-500">
              {[p.email, p.phone, p.linkedin].filter(Boolean).join(" · ")}
            </p>
          </li>
        ))}
      </ul>
    </Section>
  );
}

type SourceEntry = { job_id?: string; url?: string; at?: string };
const when = (iso: string) =>
  new Date(iso).toLocaleString("en-US", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  });

/** Every time a job found this lead (newest first), then when it was first and last changed. */
export function HistorySection({ lead }: { lead: LeadDetail }) {
  const found = asList<SourceEntry>(lead.sources)
    .filter((s) => s.at)
    .sort((a, b) => (b.at ?? "").localeCompare(a.at ?? ""));
  return (
    <Section id="history-heading" title="History">
      <ol className="space-y-2 border-l border-zinc-200 pl-4 dark:border-zinc-800">
        <li>
          <p>Last changed</p>
          <p className="text-xs text-zinc-500">{when(lead.updated_at)} UTC</p>
        </li>
        {found.map((s, i) => (
          <li key={i}>
            <p>
              Found on <span className="break-all">{s.url}</span>
              {s.job_id && (
                <>
                  {" "}
                  (
                  <Link href={`/jobs/${s.job_id}`} className="text-brand-600 underline">
                    open the job
                  </Link>
                  )
                </>
              )}
            </p>
            <p className="text-xs text-zinc-500">{when(s.at!)} UTC</p>
          </li>
        ))}
        <li>
          <p>Created</p>
          <p className="text-xs text-zinc-500">{when(lead.created_at)} UTC</p>
        </li>
      </ol>
    </Section>
  );
}
