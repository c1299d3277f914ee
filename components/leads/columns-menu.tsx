"use client";

import * as Menu from "@radix-ui/react-dropdown-menu";
import { Check, Columns3 } from "lucide-react";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { LEAD_COLUMNS, useLeadColumns } from "./lead-columns";

/** "Columns": show or hide the table's optional columns; the choice is kept in this browser. */
export function ColumnsMenu() {
  const { hidden, toggle, reset } = useLeadColumns();
  useEffect(() => {
    void useLeadColumns.persist.rehydrate();
  }, []);
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="secondary">
          <Columns3 aria-hidden className="size-4" />
          Columns
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuLabel>Show columns</DropdownMenuLabel>
        {LEAD_COLUMNS.map((c) => (
          <Menu.CheckboxItem
            key={c.id}
            checked={!hidden.includes(c.id)}
            onCheckedChange={() => toggle(c.id)}
            onSelect={(e) => e.preventDefault()}
            className="flex cursor-default items-center gap-2 rounded-md px-2 py-1.5 outline-none select-none data-[highlighted]:bg-zinc-100 dark:data-[highlighted]:bg-zinc-800"
          >
            <span className="inline-flex size-4 items-center justify-center">
              <Menu.ItemIndicator>
                <Check aria-hidden className="size-4" />
              </Menu.ItemIndicator>
            </span>
            {c.label}
          </Menu.CheckboxItem>
        ))}
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={reset}>Reset columns</DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
