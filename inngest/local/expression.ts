/**
 * The subset of Inngest's CEL expressions the embedded executor understands: property paths on
 * `event` / `async` (`event.data.orgId`, `event.data["key"]`), string, number, boolean and null
 * literals, `== != < <= > >=`, `&& || !` and parentheses. That covers trigger `if`, `cancelOn`
 * and `waitForEvent` `match`/`if`, and concurrency keys. Anything else is rejected when parsed
 * (at registration for static config) rather than evaluated wrongly.
 */
export class UnsupportedExpressionError extends Error {
  constructor(expression: string, reason: string) {
    super(`inngest/local does not support the expression ${JSON.stringify(expression)}: ${reason}`);
    this.name = "UnsupportedExpressionError";
  }
}

type Literal = string | number | boolean | null;
export type Expr =
  | { t: "lit"; v: Literal }
  | { t: "path"; root: string; keys: string[] }
  | { t: "not"; e: Expr }
  | { t: "bin"; op: string; l: Expr; r: Expr };

type Token = { k: "op" | "id" | "str" | "num"; v: string };

const OPS = ["==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "(", ")", ".", "[", "]"];
const ROOTS = new Set(["event", "async"]);

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (op) {
      out.push({ k: "op", v: op });
      i += op.length;
      continue;
    }
    if (c === "'" || c === '"') {
      let j = i + 1;
      let s = "";
      while (j < src.length && src[j] !== c) {
        if (src[j] === "\\" && j + 1 < src.length) j++;
        s += src[j];
        j++;
      }
      if (j >= src.length) throw new UnsupportedExpressionError(src, "unterminated string");
      out.push({ k: "str", v: s });
      i = j + 1;
      continue;
    }
    const num = /^-?\d+(\.\d+)?/.exec(src.slice(i));
    if (num) {
      out.push({ k: "num", v: num[0] });
      i += num[0].length;
      continue;
    }
    const id = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
    if (id) {
      out.push({ k: "id", v: id[0] });
      i += id[0].length;
      continue;
    }
    throw new UnsupportedExpressionError(src, `unexpected character ${JSON.stringify(c)}`);
  }
  return out;
}

export function parseExpression(src: string): Expr {
  const toks = tokenize(src);
  let pos = 0;
  const peek = () => toks[pos];
  const isOp = (v: string) => peek()?.k === "op" && peek()?.v === v;
  const fail = (why: string): never => {
    throw new UnsupportedExpressionError(src, why);
  };
  const expectOp = (v: string) => (isOp(v) ? pos++ : fail(`expected "${v}"`));

  const primary = (): Expr => {
    const tok = peek() ?? fail("unexpected end");
    pos++;
    if (tok.k === "str") return { t: "lit", v: tok.v };
    if (tok.k === "num") return { t: "lit", v: Number(tok.v) };
    if (tok.k === "op" && tok.v === "(") {
      const e = or();
      expectOp(")");
      return e;
    }
    if (tok.k === "op" && tok.v === "!") return { t: "not", e: primary() };
    if (tok.k === "id") {
      if (tok.v === "true" || tok.v === "false") return { t: "lit", v: tok.v === "true" };
      if (tok.v === "null") return { t: "lit", v: null };
      if (!ROOTS.has(tok.v)) fail(`unknown name "${tok.v}" (only event.* and async.* paths)`);
      const keys: string[] = [];
      for (;;) {
        if (isOp(".")) {
          pos++;
          const next = peek();
          if (next?.k !== "id") fail("expected a property name after '.'");
          keys.push(next!.v);
          pos++;
        } else if (isOp("[")) {
          pos++;
          const next = peek();
          if (next?.k !== "str" && next?.k !== "num") fail("only literal keys inside [ ]");
          keys.push(next!.v);
          pos++;
          expectOp("]");
        } else break;
      }
      if (isOp("(")) fail("function calls are not supported");
      return { t: "path", root: tok.v, keys };
    }
    return fail(`unexpected "${tok.v}"`);
  };
  const cmp = (): Expr => {
    const l = primary();
    const t = peek();
    if (t?.k === "op" && ["==", "!=", "<", "<=", ">", ">="].includes(t.v)) {
      pos++;
      return { t: "bin", op: t.v, l, r: primary() };
    }
    return l;
  };
  const and = (): Expr => {
    let l = cmp();
    while (isOp("&&")) {
      pos++;
      l = { t: "bin", op: "&&", l, r: cmp() };
    }
    return l;
  };
  const or = (): Expr => {
    let l = and();
    while (isOp("||")) {
      pos++;
      l = { t: "bin", op: "||", l, r: and() };
    }
    return l;
  };
  const e = or();
  if (pos < toks.length) fail(`unexpected "${toks[pos]!.v}"`);
  return e;
}

export type ExprContext = { event?: unknown; async?: unknown };

function lookup(root: unknown, keys: string[]): unknown {
  let cur = root;
  for (const k of keys) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

export function evaluate(e: Expr, ctx: ExprContext): unknown {
  switch (e.t) {
    case "lit":
      return e.v;
    case "path":
      return lookup(ctx[e.root as keyof ExprContext], e.keys);
    case "not":
      return !evaluate(e.e, ctx);
    case "bin": {
      if (e.op === "&&") return Boolean(evaluate(e.l, ctx)) && Boolean(evaluate(e.r, ctx));
      if (e.op === "||") return Boolean(evaluate(e.l, ctx)) || Boolean(evaluate(e.r, ctx));
      const l = evaluate(e.l, ctx) ?? null;
      const r = evaluate(e.r, ctx) ?? null;
      if (e.op === "==") return JSON.stringify(l) === JSON.stringify(r);
      if (e.op === "!=") return JSON.stringify(l) !== JSON.stringify(r);
      if (typeof l !== typeof r || (typeof l !== "number" && typeof l !== "string")) return false;
      const [a, b] = [l as number | string, r as number | string];
      return e.op === "<" ? a < b : e.op === "<=" ? a <= b : e.op === ">" ? a > b : a >= b;
    }
  }
}

/** Parses once, evaluates many times; `undefined` source means "always true". */
export function compileCondition(src: string | undefined): (ctx: ExprContext) => boolean {
  if (!src) return () => true;
  const e = parseExpression(src);
  return (ctx) => Boolean(evaluate(e, ctx));
}
