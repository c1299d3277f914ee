import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { expect, it } from "vitest";
import ApiReferencePage from "@/app/docs/api/page";
import { API_V1_OPERATIONS as OPERATIONS } from "@/app/api/v1/registry";

// The reference page is rendered from the served document alone: every operation appears with a
// try-it form, and nothing is loaded from another origin (it works offline).
it("renders every operation with a try-it form and no external assets", () => {
  const html = renderToString(createElement(ApiReferencePage));
  for (const op of OPERATIONS) {
    expect(html).toContain(`id="${op.operationId}"`);
    expect(html).toContain(`/api/v1${op.path}`);
  }
  expect(html.match(/Try it/g)?.length).toBe(OPERATIONS.length);
  expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
});
