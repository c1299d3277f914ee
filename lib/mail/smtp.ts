import nodemailer, { type SendMailOptions } from "nodemailer";

/**
 * Sends one message over SMTP (invitations, notices to admins). A transport per call: nothing
 * outlives the request, and an SMTP_URL change takes effect without a restart. Timeouts keep a
 * dead server from holding the caller (a transaction, a delivery run) for long.
 */
export async function sendMail(smtpUrl: string, message: SendMailOptions): Promise<void> {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 10_000,
  });
  try {
    await transport.sendMail(message);
  } finally {
    transport.close();
  }
}
