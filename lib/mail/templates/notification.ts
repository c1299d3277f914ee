import { button, escapeHtml, lines, p, page, type RenderedMail } from "./layout";

export interface NotificationData {
  subject: string;
  /** Paragraphs of plain text. */
  paragraphs: string[];
  action?: { label: string; url: string };
}

/** Anything else the product tells people (an endpoint disabled, an account changed, …). */
export function notification(d: NotificationData): RenderedMail {
  const action = d.action ? [`${d.action.label}: ${d.action.url}`] : [];
  return {
    subject: d.subject,
    link: d.action?.url,
    text: lines(...d.paragraphs, ...action),
    html: page(
      d.subject,
      d.paragraphs.map((x) => p(escapeHtml(x))).join("") +
        (d.action ? button(d.action.label, d.action.url) : ""),
    ),
  };
}
