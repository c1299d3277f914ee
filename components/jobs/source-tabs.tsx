"use client";

import { clsx } from "clsx";
import { useRef, type KeyboardEvent } from "react";
import { SOURCES, type NewJobValues } from "./new-job-values";

type Source = NewJobValues["type"];

/** Where the URLs come from, as ARIA tabs: arrow keys move between them, as screen readers expect. */
export function SourceTabs({ value, onChange }: { value: Source; onChange: (s: Source) => void }) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (e: KeyboardEvent, i: number) => {
    const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = (i + step + SOURCES.length) % SOURCES.length;
    onChange(SOURCES[next]!.value);
    refs.current[next]?.focus();
  };
  return (
    <div
      role="tablist"
      aria-label="Where the URLs come from"
      className="inline-flex gap-1 rounded-lg bg-zinc-100 p-1 dark:bg-zinc-800"
    >
      {SOURCES.map((s, i) => (
        <button
          key={s.value}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          aria-selected={value === s.value}
          tabIndex={value === s.value ? 0 : -1}
          onClick={() => onChange(s.value)}
          onKeyDown={(e) => onKeyDown(e, i)}
          className={clsx(
            "rounded-md px-3 py-1.5 text-sm font-medium",
            value === s.value
              ? "bg-white shadow-sm dark:bg-zinc-950"
              : "text-zinc-600 hover:text-zinc-900 dark:text-zinc-400",
          )}
        >
          {s.label}
        </button>
      ))}
    </div>
  );
}
