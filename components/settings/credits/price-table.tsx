import { Table, TableHead, Th } from "@/components/ui/table";
import { PRICES, type PricedWork } from "@/lib/credits";

const WHAT: Record<PricedWork, string> = {
  scrape_site: "A website crawled successfully, whatever it yielded",
  enrich_lead: "A lead enriched with company facts (once per lead per job)",
  qualify_rules: "A lead scored by the rules engine",
  qualify_llm: "A lead scored by Claude (once per lead per job)",
};

export function PriceTable() {
  return (
    <Table caption="Prices in credits">
      <TableHead>
        <Th>Work</Th>
        <Th align="right">Credits</Th>
      </TableHead>
      <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {(Object.keys(PRICES) as PricedWork[]).map((work) => (
          <tr key={work}>
            <td className="px-3 py-2">{WHAT[work]}</td>
            <td className="px-3 py-2 text-right tabular-nums">
              {PRICES[work] === 0 ? "Free" : PRICES[work]}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
