// POST /auth/sign-out – ends the session (revokes its refresh tokens) and returns to /sign-in.
import { NextResponse, type NextRequest } from "next/server";
import { signOut } from "@/lib/auth";

export async function POST(request: NextRequest) {
  // SameSite=Lax already keeps other sites' forms from carrying our cookies here; refusing a
  // foreign Origin as well means nobody can sign a visitor out from elsewhere.
  const origin = request.headers.get("origin");
  if (origin && URL.canParse(origin) && new URL(origin).host !== request.headers.get("host")) {
    return NextResponse.json(
      { success: false, error: { code: "forbidden", message: "Cross-site sign-out refused" } },
      { status: 403 },
    );
  }
  await signOut();
  // A relative Location keeps the browser on whatever host it used (Next may rewrite request.url).
  return new Response(null, { status: 303, headers: { Location: "/sign-in" } });
}
