import type { Plan, Role } from "@/lib/db";

export interface Organization {
  id: string;
  name: string;
  slug: string;
  createdAt: Date;
}

/** An organization as one member sees it: with their own role. */
export interface Membership extends Organization {
  role: Role;
}

export interface Member {
  userId: string;
  email: string;
  fullName: string | null;
  role: Role;
  joinedAt: Date;
}

export interface PendingInvitation {
  id: string;
  email: string;
  role: Role;
  expiresAt: Date;
  createdAt: Date;
  expired: boolean;
}

export interface OrgSummary {
  plan: Plan | null;
  monthlyCredits: number | null;
  creditsBalance: number;
  creditsReserved: number;
  memberCount: number;
  jobCount: number;
  leadCount: number;
}
