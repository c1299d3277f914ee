// A message's plain-text part with its links made clickable (http(s) only; everything else text).
const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

export function LinkifiedText({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <pre className="whitespace-pre-wrap break-words font-sans text-sm leading-relaxed text-zinc-800 dark:text-zinc-200">
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part} className="font-medium text-brand-600 underline">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </pre>
  );
}
