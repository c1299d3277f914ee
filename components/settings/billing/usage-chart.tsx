"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { numberFormat } from "@/components/jobs/format";
import type { DailyUsage } from "@/lib/billing/usage";

const label = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString("en", {
    month: "short",
    day: "numeric",
    timeZone: "UTC",
  });

/**
 * Credits used per day this period (the ledger's charges), as bars. The drawing is hidden from
 * assistive technology (and Recharts' keyboard layer is off, so nothing hidden takes focus); the
 * same figures are in a visually hidden table.
 */
export function UsageChart({ days }: { days: DailyUsage[] }) {
  const total = days.reduce((sum, d) => sum + d.used, 0);
  return (
    <figure className="space-y-2">
      <figcaption className="text-sm text-zinc-600 dark:text-zinc-400">
        {numberFormat.format(total)} credits used from {label(days[0]?.day ?? "")} to{" "}
        {label(days.at(-1)?.day ?? "")}
      </figcaption>
      <div aria-hidden className="h-48 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={days}
            margin={{ top: 4, right: 4, bottom: 0, left: -16 }}
            accessibilityLayer={false}
          >
            <CartesianGrid
              strokeDasharray="3 3"
              vertical={false}
              stroke="currentColor"
              opacity={0.15}
            />
            <XAxis dataKey="day" tickFormatter={label} tick={{ fontSize: 11 }} minTickGap={16} />
            <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
            <Tooltip
              labelFormatter={(d) => label(String(d))}
              formatter={(v) => [numberFormat.format(Number(v)), "Credits used"]}
            />
            <Bar dataKey="used" name="Credits used" fill="#2563eb" radius={[2, 2, 0, 0]} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="sr-only">
        <caption>Credits used per day</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Credits used</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.day}>
              <td>{label(d.day)}</td>
              <td>{d.used}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
