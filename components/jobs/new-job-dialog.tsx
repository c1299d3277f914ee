"use client";

import type { JobPricing } from "@/lib/credits/prices";
import { Plus } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { NewJobForm } from "./new-job-form";

/**
 * "New job" opens the form in a dialog. The form mounts on each opening, so each opening has its
 * own idempotency key; closing it and opening again starts afresh.
 */
export function NewJobDialog({
  orgId,
  pricing,
  maxUrls,
}: {
  orgId: string;
  /** What the estimate prices with (Claude, the organization's own keys). */
  pricing: JobPricing;
  maxUrls?: number;
}) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden className="size-4" />
          New job
        </Button>
      </DialogTrigger>
      <DialogContent
        title="New job"
        description="Pick the websites to crawl and how to process them."
      >
        <NewJobForm
          orgId={orgId}
          pricing={pricing}
          maxUrls={maxUrls}
          labelled={false}
          onCancel={() => setOpen(false)}
        />
      </DialogContent>
    </Dialog>
  );
}
