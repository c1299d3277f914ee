"use client";

import { useSyncExternalStore } from "react";

const never = () => () => {};

/**
 * A hidden marker that says when the part of the page around it has hydrated. The server renders
 * it bare; once React has attached the event handlers and form refs it carries `data-hydrated`.
 * The root layout has one and so does every form field, because a page under a `loading.tsx`
 * boundary hydrates in a later pass than the layout. The browser tests wait for every marker
 * before they type (e2e/test.ts): text typed into a field that has not hydrated yet is reset when
 * react-hook-form registers the field.
 */
export function HydrationMark() {
  // false on the server and while hydrating, true in the render React makes right after.
  const hydrated = useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
  return <span hidden data-hydration-mark="" data-hydrated={hydrated ? "" : undefined} />;
}
