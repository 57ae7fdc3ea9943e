import type { InferTypeOf } from "@medusajs/framework/types"
import type { Document } from "../../../modules/documents/models/document"
import { DOCUMENTS_MODULE } from "../../../modules/documents"
import type DocumentsModuleService from "../../../modules/documents/service"
import { updateRowsStepFor } from "../../common/utils/crud-steps"

/** Updates DocDocuments rows (each with its id); compensation writes the previous values back. */
export const updateDocDocumentsStep = updateRowsStepFor<
  DocumentsModuleService,
  { id: string } & Record<string, unknown>,
  InferTypeOf<typeof Document>
>("documents-update-DocDocuments", DOCUMENTS_MODULE, {
  list: "listDocDocuments",
  update: "updateDocDocuments",
})
