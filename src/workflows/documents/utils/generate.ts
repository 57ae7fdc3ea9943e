import { DOCUMENTS_MODULE } from "../../../modules/documents"
import { updateRowsStep } from "../../common/steps/crud"

export const updateDocs = updateRowsStep<{ id: string } & Record<string, unknown>>(
  DOCUMENTS_MODULE,
  "DocDocuments"
)
