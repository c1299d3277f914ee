// Signs, read from a page's inline scripts, that its contact data is written by script: an email
// or mailto: assembled from string parts, and script that writes into the page. Plain HTTP cannot
// see what such a script writes, so render "auto" renders those pages (render-hint.ts).
import type { Element } from "domhandler";

export interface InlineScriptSigns {
  /** Some inline script writes markup or text into the page. */
  writesDom: boolean;
  /** Some inline script builds an email address or a mailto: link out of pieces. */
  assemblesContact: boolean;
}

// Only the start of a script is read: inline contact snippets are short, bundles inlined whole
// are not what this is about, and the cost stays bounded.
const MAX_SCRIPT_CHARS = 20_000;
const JS_TYPES = /^(?:|text\/javascript|application\/javascript|module|text\/ecmascript)$/;
const WRITES_DOM =
  /document\.write(?:ln)?\s*\(|\.(?:innerHTML|outerHTML|textContent|innerText)\s*[+]?=|insertAdjacent(?:HTML|Text)\s*\(|\.href\s*=|setAttribute\s*\(\s*["'`]href/;
// "mailto" split or whole in a string, an "@" standing alone in a string or joined to one by "+",
// the @ written as a character code, or an array of parts joined with "@".
const ASSEMBLES_CONTACT =
  /["'`](?:mail|mai|ma)["'`]\s*\+|mailto|["'`]@["'`]|["'`][\w.-]*@["'`]\s*\+|\+\s*["'`]@[\w.-]*["'`]|\\x40|\\u0040|\\100|fromCharCode\([^)]*\b64\b|&#0*64;|&commat;|join\(\s*["'`]@["'`]\s*\)/i;

export function readInlineScript(el: Element, type: string, signs: InlineScriptSigns): void {
  if (!JS_TYPES.test(type.trim()) || (signs.writesDom && signs.assemblesContact)) return;
  let code = "";
  for (const c of el.children) {
    if (c.type === "text") code += (c as unknown as { data: string }).data;
    if (code.length >= MAX_SCRIPT_CHARS) break;
  }
  code = code.slice(0, MAX_SCRIPT_CHARS);
  if (!signs.writesDom && WRITES_DOM.test(code)) signs.writesDom = true;
  if (!signs.assemblesContact && ASSEMBLES_CONTACT.test(code)) signs.assemblesContact = true;
}
