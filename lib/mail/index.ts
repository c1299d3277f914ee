// Email: one template set (templates/), delivered through SMTP_URL or, with no SMTP configured,
// kept for the development mailbox (/dev/mail) and the server log.
export { deliver, mailConfigured, type Delivery } from "./deliver";
export { devMailboxEnabled, getDevMail, listDevMail, type DevMessage } from "./dev-mailbox";
export { appLink } from "./links";
export { sendMail } from "./smtp";
export { renderMail, type RenderedMail, type TemplateData, type TemplateName } from "./templates";
