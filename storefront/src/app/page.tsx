import { listCatalog } from "@/lib/data/catalog"
import { parseCatalogParams } from "@/lib/util/catalog-query"
import { CatalogTemplate } from "@/modules/catalog/templates/catalog-template"

// Reads the Medusa API and runtime env on every request.
export const dynamic = "force-dynamic"

export default async function HomePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const params = parseCatalogParams(await searchParams)
  const catalog = await listCatalog(params)
  return <CatalogTemplate params={params} catalog={catalog} />
}
