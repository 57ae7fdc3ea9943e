import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import { Container, Heading, Tabs, Text } from "@medusajs/ui"
import { DocumentsTab } from "../../components/documents/documents-tab"
import { TemplatesTab } from "../../components/documents/templates-tab"

/** Documents of the manager's clients, and the templates generated documents are rendered from. */
const DocumentsPage = () => (
  <Container className="p-0">
    <div className="px-6 py-4">
      <Heading level="h1">B2B documents</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        Invoices, UPDs, reconciliation acts, uploads, and their templates.
      </Text>
    </div>
    <Tabs defaultValue="documents">
      <div className="px-6 pb-2">
        <Tabs.List>
          <Tabs.Trigger value="documents">Documents</Tabs.Trigger>
          <Tabs.Trigger value="templates">Templates</Tabs.Trigger>
        </Tabs.List>
      </div>
      <div className="border-t">
        <Tabs.Content value="documents">
          <DocumentsTab />
        </Tabs.Content>
        <Tabs.Content value="templates">
          <TemplatesTab />
        </Tabs.Content>
      </div>
    </Tabs>
  </Container>
)

export const config = defineRouteConfig({ label: "B2B documents", icon: DocumentText })

export default DocumentsPage
