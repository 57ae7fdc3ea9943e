import { useMemo, useState } from "react"
import { Badge, Button, Checkbox, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { FormDrawer, ListState, SectionHeader, SimpleTable } from "../common"
import { api, errorMessage } from "../../lib/api"
import { useApi } from "../../lib/use-api"
import type { Category, GroupMapping } from "./types"

const CATEGORIES_URL = "/admin/product-categories?limit=1000&fields=id,name,parent_category_id"

/** "Parent / Child" names of all categories, by id. */
function categoryPaths(categories: Category[]): Map<string, string> {
  const byId = new Map(categories.map((c) => [c.id, c]))
  const paths = new Map<string, string>()
  const pathOf = (c: Category, depth = 0): string => {
    const parent = c.parent_category_id ? byId.get(c.parent_category_id) : undefined
    return parent && depth < 20 ? `${pathOf(parent, depth + 1)} / ${c.name}` : c.name
  }
  for (const c of categories) paths.set(c.id, pathOf(c))
  return paths
}

/** 1C groups and the portal categories their products go to: automatic, or set by a manager. */
export function MappingTab() {
  const map = useApi<{ groups: GroupMapping[] }>("/admin/b2b/one-c/category-map")
  const cats = useApi<{ product_categories: Category[] }>(CATEGORIES_URL)
  const [q, setQ] = useState("")
  const [editing, setEditing] = useState<GroupMapping | null>(null)
  const paths = useMemo(() => categoryPaths(cats.data?.product_categories ?? []), [cats.data])
  const name = (id: string) => paths.get(id) ?? id
  const groups = (map.data?.groups ?? []).filter(
    (g) => !q || g.group_external_id.toLowerCase().includes(q.toLowerCase())
  )

  return (
    <div className="divide-y">
      <SectionHeader
        title="1C groups → categories"
        subtitle="A group without a manual mapping fills the category created for it by the import."
        actions={
          <Input
            size="small"
            type="search"
            placeholder="Search group id"
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
        }
      />
      <ListState
        loading={map.loading}
        error={map.error ?? cats.error}
        empty={!groups.length}
        emptyText="No 1C groups imported yet."
      />
      {groups.length ? (
        <SimpleTable columns={["1C group", "Automatic category", "Manual categories", ""]}>
          {groups.map((g) => (
            <Table.Row key={g.group_external_id}>
              <Table.Cell className="font-mono text-xs">{g.group_external_id}</Table.Cell>
              <Table.Cell
                className={
                  g.manual_category_ids.length ? "text-ui-fg-muted line-through" : undefined
                }
              >
                {name(g.auto_category_id)}
              </Table.Cell>
              <Table.Cell>
                <div className="flex flex-wrap gap-1">
                  {g.manual_category_ids.length ? (
                    g.manual_category_ids.map((id) => (
                      <Badge key={id} size="2xsmall">
                        {name(id)}
                      </Badge>
                    ))
                  ) : (
                    <Text size="small" className="text-ui-fg-muted">
                      automatic
                    </Text>
                  )}
                </div>
              </Table.Cell>
              <Table.Cell className="text-right">
                <Button size="small" variant="secondary" onClick={() => setEditing(g)}>
                  Edit
                </Button>
              </Table.Cell>
            </Table.Row>
          ))}
        </SimpleTable>
      ) : null}
      {editing ? (
        <MappingDrawer
          group={editing}
          paths={paths}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null)
            map.reload()
          }}
        />
      ) : null}
    </div>
  )
}

function MappingDrawer({
  group,
  paths,
  onClose,
  onSaved,
}: {
  group: GroupMapping
  paths: Map<string, string>
  onClose: () => void
  onSaved: () => void
}) {
  const [selected, setSelected] = useState<string[]>(group.manual_category_ids)
  const [filter, setFilter] = useState("")
  const [saving, setSaving] = useState(false)
  const options = useMemo(
    () =>
      [...paths.entries()]
        .sort((a, b) => a[1].localeCompare(b[1]))
        .filter(([, p]) => !filter || p.toLowerCase().includes(filter.toLowerCase())),
    [paths, filter]
  )
  const toggle = (id: string) =>
    setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]))

  const save = async (ids: string[]) => {
    setSaving(true)
    try {
      await api("/admin/b2b/one-c/category-map", {
        body: { group_external_id: group.group_external_id, category_ids: ids },
      })
      toast.success("Mapping saved", {
        description: ids.length
          ? `${ids.length} categor${ids.length === 1 ? "y" : "ies"}`
          : "Back to automatic",
      })
      onSaved()
    } catch (e) {
      toast.error("Could not save the mapping", { description: errorMessage(e) })
    } finally {
      setSaving(false)
    }
  }

  return (
    <FormDrawer
      open
      onOpenChange={(o) => !o && onClose()}
      title={`Group ${group.group_external_id}`}
      submitting={saving}
      onSubmit={() => save(selected)}
    >
      <Text size="small" className="text-ui-fg-subtle">
        Choose the categories products of this group belong to (at most 100). None selected = the
        automatic category.
      </Text>
      <div className="flex items-center gap-2">
        <Input
          size="small"
          type="search"
          placeholder="Filter categories"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <Button
          size="small"
          variant="secondary"
          type="button"
          disabled={saving}
          onClick={() => save([])}
        >
          Reset to automatic
        </Button>
      </div>
      <Text size="xsmall" className="text-ui-fg-muted">
        {selected.length} selected
      </Text>
      <div className="flex flex-col gap-2">
        {options.map(([id, path]) => (
          <div key={id} className="flex items-center gap-2">
            <Checkbox
              id={`cat-${id}`}
              checked={selected.includes(id)}
              onCheckedChange={() => toggle(id)}
            />
            <Label htmlFor={`cat-${id}`} size="small">
              {path}
            </Label>
          </div>
        ))}
      </div>
    </FormDrawer>
  )
}
