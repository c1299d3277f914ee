"use client";

import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";

// Which optional columns the leads table shows: UI state only, kept in this browser.

export const LEAD_COLUMNS = [
  { id: "contact", label: "Contact" },
  { id: "email", label: "Email" },
  { id: "phone", label: "Phone" },
  { id: "status", label: "Status" },
  { id: "score", label: "Score" },
  { id: "stage", label: "Stage" },
  { id: "created", label: "Created" },
] as const;
export type LeadColumnId = (typeof LEAD_COLUMNS)[number]["id"];

const DEFAULT_HIDDEN: LeadColumnId[] = ["contact"];

interface ColumnsState {
  hidden: LeadColumnId[];
  toggle: (id: LeadColumnId) => void;
  reset: () => void;
}

export const useLeadColumns = create<ColumnsState>()(
  persist(
    (set) => ({
      hidden: DEFAULT_HIDDEN,
      toggle: (id) =>
        set((s) => ({
          hidden: s.hidden.includes(id) ? s.hidden.filter((h) => h !== id) : [...s.hidden, id],
        })),
      reset: () => set({ hidden: DEFAULT_HIDDEN }),
    }),
    {
      name: "leadscout.leads.columns",
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ hidden: s.hidden }),
      // The server renders the defaults; the saved choice is read after hydration (no mismatch).
      skipHydration: true,
    },
  ),
);
