// The one look every message shares: a plain-text part that reads well on its own, and a small
// HTML part with inline styles (mail clients ignore stylesheets) and no images or scripts.

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  /** The one link the message exists for; the development mailbox logs it (nothing else). */
  link?: string;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A paragraph of trusted template text with untrusted values already escaped by the caller. */
export const p = (html: string) =>
  `<p style="margin:0 0 16px;font-size:15px;line-height:1.5;color:#18181b">${html}</p>`;

export const button = (label: string, href: string) =>
  `<p style="margin:24px 0"><a href="${escapeHtml(href)}" style="display:inline-block;padding:10px 18px;border-radius:6px;background:#4f46e5;color:#ffffff;font-weight:600;text-decoration:none">${escapeHtml(label)}</a></p>` +
  p(
    `Or paste this link into your browser:<br><span style="word-break:break-all;color:#52525b">${escapeHtml(href)}</span>`,
  );

export const small = (html: string) =>
  `<p style="margin:24px 0 0;font-size:13px;line-height:1.5;color:#71717a">${html}</p>`;

export function page(subject: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f4f4f5;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif">
<div style="max-width:560px;margin:0 auto;padding:32px;background:#ffffff;border-radius:12px;border:1px solid #e4e4e7">
<p style="margin:0 0 24px;font-weight:700;font-size:16px;color:#4f46e5">Leadscout</p>
${body}
</div></body></html>`;
}

/** Plain text: paragraphs separated by blank lines. */
export const lines = (...paragraphs: string[]) => paragraphs.join("\n\n") + "\n";
