"use client";

import { useEffect, useId, useRef, useState } from "react";

interface ParamSpec {
  name: string;
  in: string;
  required: boolean;
}

/**
 * Sends a real request to this server's /api/v1 from the browser with the key typed in (kept in
 * this tab's sessionStorage only), and shows the status, headers that matter, and the body.
 */
export function TryIt(props: {
  method: string;
  path: string;
  params: ParamSpec[];
  example?: unknown;
  /** The body's media type (default JSON); a text example is shown as it is. */
  contentType?: string;
}) {
  const id = useId();
  const [values, setValues] = useState<Record<string, string>>({});
  const [body, setBody] = useState(
    props.example === undefined
      ? ""
      : typeof props.example === "string"
        ? props.example
        : JSON.stringify(props.example, null, 2),
  );
  const [result, setResult] = useState<string>("");
  const [busy, setBusy] = useState(false);
  const keyInput = useRef<HTMLInputElement>(null);
  // Filled after hydration: the server never sees the key, so the first render matches.
  useEffect(() => {
    if (keyInput.current)
      keyInput.current.value = sessionStorage.getItem("leadscout-api-key") ?? "";
  }, []);
  const hasBody = props.method === "POST" || props.method === "PATCH";

  async function send(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    try {
      const key = (keyInput.current?.value ?? "").trim();
      let path = props.path;
      const query = new URLSearchParams();
      const headers: Record<string, string> = {};
      if (key) headers.authorization = `Bearer ${key}`;
      for (const p of props.params) {
        const v = values[p.name];
        if (!v) continue;
        if (p.in === "path") path = path.replace(`{${p.name}}`, encodeURIComponent(v));
        else if (p.in === "query") query.set(p.name, v);
        else if (p.in === "header") headers[p.name] = v;
      }
      if (hasBody && body) headers["content-type"] = props.contentType ?? "application/json";
      const res = await fetch(`/api/v1${path}${query.size ? `?${query}` : ""}`, {
        method: props.method,
        headers,
        body: hasBody && body ? body : undefined,
      });
      const text = await res.text();
      let shown = text;
      try {
        shown = JSON.stringify(JSON.parse(text), null, 2);
      } catch {
        // CSV exports and the like are shown as they came
      }
      const meta = ["x-request-id", "x-ratelimit-remaining", "retry-after"]
        .map((h) => (res.headers.get(h) ? `${h}: ${res.headers.get(h)}` : ""))
        .filter(Boolean)
        .join("\n");
      setResult(`HTTP ${res.status}\n${meta}\n\n${shown.slice(0, 20_000)}`);
    } catch (err) {
      setResult(`Request failed: ${(err as Error).message}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <details className="rounded border p-3">
      <summary className="cursor-pointer text-sm font-medium">Try it</summary>
      <form onSubmit={send} className="mt-3 space-y-2 text-sm">
        <label className="block">
          <span className="block text-xs">API key (kept in this tab only)</span>
          <input
            ref={keyInput}
            type="password"
            autoComplete="off"
            className="w-full rounded border px-2 py-1 font-mono"
            onChange={(e) => sessionStorage.setItem("leadscout-api-key", e.target.value)}
            placeholder="ls_live_…"
          />
        </label>
        {props.params.map((p) => (
          <label key={`${p.in}-${p.name}`} className="block">
            <span className="block text-xs">
              {p.name} ({p.in}
              {p.required ? ", required" : ""})
            </span>
            <input
              className="w-full rounded border px-2 py-1 font-mono"
              value={values[p.name] ?? ""}
              onChange={(e) => setValues({ ...values, [p.name]: e.target.value })}
            />
          </label>
        ))}
        {hasBody && (
          <label className="block" htmlFor={`${id}-body`}>
            <span className="block text-xs">JSON body</span>
            <textarea
              id={`${id}-body`}
              rows={6}
              className="w-full rounded border px-2 py-1 font-mono text-xs"
              value={body}
              onChange={(e) => setBody(e.target.value)}
            />
          </label>
        )}
        <button type="submit" disabled={busy} className="rounded border px-3 py-1 font-medium">
          {busy ? "Sending…" : `Send ${props.method}`}
        </button>
        {result && (
          <pre
            aria-live="polite"
            className="max-h-96 overflow-auto rounded bg-neutral-100 p-2 text-xs"
          >
            {result}
          </pre>
        )}
      </form>
    </details>
  );
}
