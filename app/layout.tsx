import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Leadscout", template: "%s · Leadscout" },
  description: "Find, score and enrich B2B leads from company websites.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
