import type { Metadata } from "next";
import { DeleteAccountSection } from "@/components/settings/danger-zone/delete-account-section";
import { requireSession } from "@/lib/auth";

export const metadata: Metadata = { title: "Delete your account" };

export default async function DeleteAccountPage() {
  const session = await requireSession("/account/delete");
  return <DeleteAccountSection email={session.user.email} />;
}
