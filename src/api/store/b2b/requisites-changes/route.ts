import type { RequisitesChangeRow } from "../../../../modules/company/models/requisites-change"
import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../../../modules/company"
import type CompanyModuleService from "../../../../modules/company/service"
import { createRequisitesChangeWorkflow } from "../../../../workflows/company/workflows/create-requisites-change"
import { customerActor } from "../../../utils/actor"
import { type B2BRequest, requireContext } from "../../../utils/b2b-context"
import { documentType } from "../../../utils/upload"
import { RequisitesChanges } from "./validators"
import type {
  StoreRequisitesChangeListResponse,
  StoreRequisitesChangeResponse,
} from "../../../../types/company/http"
import type { JsonOf } from "../../../../types/common/http"

/** GET /store/b2b/requisites-changes: the active counterparty's requests and their decisions. */
export async function GET(
  req: B2BRequest,
  res: MedusaResponse<JsonOf<StoreRequisitesChangeListResponse>>
) {
  const ctx = requireContext(req)
  const rows = await req.scope
    .resolve<CompanyModuleService>(COMPANY_MODULE)
    .listB2bRequisitesChanges(
      { legal_entity_id: ctx.active.legal_entity_id },
      {
        take: 200,
        order: { created_at: "DESC" },
      }
    )
  // the json column typed as the workflow writes it
  res.json({
    requisites_changes: (rows as unknown as RequisitesChangeRow[]).map(
      ({ document_url: _u, ...r }) => r
    ),
  })
}

/**
 * POST /store/b2b/requisites-changes (multipart): `changes` (JSON of the new values) and `document`
 * (XLS, DOC, PDF, JPG, PNG or BMP, size-limited) justifying them. A manager approves or rejects.
 */
export async function POST(
  req: B2BRequest,
  res: MedusaResponse<JsonOf<StoreRequisitesChangeResponse>>
) {
  const ctx = requireContext(req)
  const file = (req as unknown as { file?: { originalname: string; buffer: Buffer } }).file
  if (!file)
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "document: attach a supporting document (XLS, DOC, PDF, JPG, PNG or BMP)"
    )
  const mime = documentType(file.originalname, file.buffer.subarray(0, 8))
  if (!mime)
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `document: ${file.originalname} is not an XLS, DOC, PDF, JPG, PNG or BMP file`
    )
  let raw: unknown
  try {
    raw = JSON.parse(String((req.body as Record<string, unknown>)?.changes ?? ""))
  } catch {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "changes: must be a JSON object of the fields to change"
    )
  }
  const parsed = RequisitesChanges.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `changes.${issue.path.join(".") || "(root)"}: ${issue.message}`
    )
  }
  const { result } = await createRequisitesChangeWorkflow(req.scope).run({
    input: {
      legal_entity_id: ctx.active.legal_entity_id,
      customer_id: ctx.customer_id,
      changes: parsed.data as Record<string, string>,
      document: {
        filename: file.originalname,
        mimeType: mime,
        content_base64: file.buffer.toString("base64"),
      },
      actor: customerActor(req),
    },
  })
  res.status(201).json({
    requisites_change: {
      id: result.id,
      status: result.status,
      changes: result.changes,
      document_name: result.document_name,
    },
  })
}
