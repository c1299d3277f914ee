import Link from "next/link";
import { Section } from "@/components/leads/lead-sections";
import type { Contact } from "@/lib/contacts/schemas";

/** The lead page's people, as the organization's contacts: each with where it was found. */
export function LeadContactsSection({ leadId, contacts }: { leadId: string; contacts: Contact[] }) {
  return (
    <Section id="people-heading" title={`People (${contacts.length})`}>
      <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {contacts.map((c) => (
          <li key={c.id} className="py-2">
            <p className="font-medium">{c.name}</p>
            {c.title && <p className="text-zinc-600 dark:text-zinc-400">{c.title}</p>}
            <p className="text-xs text-zinc-500">
              {[c.email, c.phone].filter(Boolean).join(" · ")}
              {c.linkedin_url && (
                <>
                  {(c.email || c.phone) && " · "}
                  <a
                    href={c.linkedin_url}
                    target="_blank"
                    rel="noopener noreferrer nofollow"
                    className="text-brand-600 hover:underline"
                  >
                    LinkedIn
                  </a>
                </>
              )}
            </p>
            {c.source_url && (
              <p className="truncate text-xs text-zinc-500">
                Found on{" "}
                <a
                  href={c.source_url}
                  target="_blank"
                  rel="noopener noreferrer nofollow"
                  className="hover:underline"
                >
                  {c.source_url}
                </a>
              </p>
            )}
          </li>
        ))}
      </ul>
      <Link
        href={`/contacts?lead_id=${leadId}`}
        className="mt-2 inline-block text-brand-600 hover:underline"
      >
        Open in Contacts
      </Link>
    </Section>
  );
}
