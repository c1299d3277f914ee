"use client";

import { useEffect, useRef, useState, type RefObject } from "react";

// j/k or ↓/↑ move the focused row, Enter opens it, x toggles its selection. Keys typed into a
// field, a menu or a dialog are left alone, as are chords with modifier keys.

function ignored(e: KeyboardEvent): boolean {
  if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return true;
  const t = e.target as HTMLElement | null;
  if (!t) return false;
  if (t.closest("input, textarea, select, [contenteditable=true], [role=menu], [role=dialog]"))
    return !(t instanceof HTMLInputElement && t.type === "checkbox" && t.closest("tbody"));
  return false;
}

export function useRowKeys({
  count,
  body,
  onOpen,
  onToggle,
}: {
  count: number;
  body: RefObject<HTMLTableSectionElement | null>;
  onOpen: (i: number) => void;
  onToggle: (i: number) => void;
}) {
  const [active, setActive] = useState(-1);
  const handlers = useRef({ onOpen, onToggle });
  useEffect(() => {
    handlers.current = { onOpen, onToggle };
  });

  useEffect(() => {
    const rowAt = (i: number) => body.current?.rows[i] ?? null;
    const move = (i: number) => {
      const next = Math.max(0, Math.min(count - 1, i));
      setActive(next);
      rowAt(next)?.focus();
    };
    const onKey = (e: KeyboardEvent) => {
      if (!count || ignored(e)) return;
      // The row under focus wins over the remembered one (a click or Tab may have moved it).
      const focused = (e.target as HTMLElement | null)?.closest("tr");
      const inBody = focused && body.current?.contains(focused);
      const current = inBody ? (focused as HTMLTableRowElement).sectionRowIndex : active;
      if (e.key === "j" || e.key === "ArrowDown") {
        if (e.key === "ArrowDown" && !inBody) return; // arrows scroll the page outside the table
        e.preventDefault();
        move(current < 0 ? 0 : current + 1);
      } else if (e.key === "k" || e.key === "ArrowUp") {
        if (e.key === "ArrowUp" && !inBody) return;
        e.preventDefault();
        move(current < 0 ? 0 : current - 1);
      } else if (e.key === "Enter" && inBody && !(e.target instanceof HTMLAnchorElement)) {
        e.preventDefault();
        handlers.current.onOpen(current);
      } else if (e.key === "x" && current >= 0) {
        e.preventDefault();
        handlers.current.onToggle(current);
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [count, body, active]);

  return { active, setActive };
}
