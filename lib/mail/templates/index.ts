import { invitation, type InvitationData } from "./invitation";
import type { RenderedMail } from "./layout";
import { notification, type NotificationData } from "./notification";
import { passwordReset, type PasswordResetData } from "./password-reset";
import { signUpAttempt, type SignUpAttemptData } from "./sign-up-attempt";
import { verifyEmail, type VerifyEmailData } from "./verify-email";

// The one template set: every message the product sends is one of these.
export interface TemplateData {
  "verify-email": VerifyEmailData;
  "password-reset": PasswordResetData;
  invitation: InvitationData;
  "sign-up-attempt": SignUpAttemptData;
  notification: NotificationData;
}

export type TemplateName = keyof TemplateData;

const TEMPLATES: { [K in TemplateName]: (data: TemplateData[K]) => RenderedMail } = {
  "verify-email": verifyEmail,
  "password-reset": passwordReset,
  invitation,
  "sign-up-attempt": signUpAttempt,
  notification,
};

export function renderMail<T extends TemplateName>(
  template: T,
  data: TemplateData[T],
): RenderedMail {
  return TEMPLATES[template](data);
}

export type { RenderedMail } from "./layout";
