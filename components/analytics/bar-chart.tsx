"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { numberFormat } from "@/components/jobs/format";
import { dayLabel } from "./format";

export interface Series {
  key: string;
  label: string;
  color: string;
}

/**
 * One Recharts bar chart for every analytics figure: days along the bottom (stacked series), or
 * categories down the side (layout "vertical"). The drawing is hidden from assistive technology
 * and Recharts' keyboard layer is off; ChartCard puts the same numbers in a table.
 */
export function AnalyticsBarChart({
  data,
  category,
  series,
  days = false,
  vertical = false,
  height = 224,
}: {
  data: object[];
  category: string;
  series: Series[];
  days?: boolean;
  vertical?: boolean;
  height?: number;
}) {
  const tick = days ? (v: unknown) => dayLabel(String(v)) : undefined;
  return (
    <div aria-hidden className="w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={data}
          layout={vertical ? "vertical" : "horizontal"}
          margin={{ top: 4, right: 8, bottom: 0, left: vertical ? 8 : -16 }}
          accessibilityLayer={false}
        >
          <CartesianGrid
            strokeDasharray="3 3"
            vertical={vertical}
            horizontal={!vertical}
            stroke="currentColor"
            opacity={0.15}
          />
          {vertical ? (
            <>
              <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
              <YAxis
                type="category"
                dataKey={category}
                width={120}
                tick={{ fontSize: 11 }}
                interval={0}
              />
            </>
          ) : (
            <>
              <XAxis
                dataKey={category}
                tickFormatter={tick}
                tick={{ fontSize: 11 }}
                minTickGap={16}
              />
              <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
            </>
          )}
          <Tooltip
            labelFormatter={(v) => (days ? dayLabel(String(v)) : String(v))}
            formatter={(v, name) => [numberFormat.format(Number(v)), name]}
          />
          {series.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} />}
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              fill={s.color}
              stackId={days ? "day" : undefined}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
