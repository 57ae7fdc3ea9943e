import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowPath } from "@medusajs/icons"
import { Container, Heading, Tabs, Text } from "@medusajs/ui"
import { MappingTab } from "../../components/one-c/mapping-tab"
import { OutboxTab } from "../../components/one-c/outbox-tab"
import { SessionsTab } from "../../components/one-c/sessions-tab"
import { SettingsTab } from "../../components/one-c/settings-tab"

/** 1C exchange: sessions log (live while running), group → category mapping, order outbox, settings. */
const OneCPage = () => (
  <Container className="p-0">
    <div className="px-6 py-4">
      <Heading level="h1">1C exchange</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        CommerceML exchange with 1C: what came in, how it maps, what went out.
      </Text>
    </div>
    <Tabs defaultValue="sessions">
      <div className="px-6 pb-2">
        <Tabs.List>
          <Tabs.Trigger value="sessions">Sessions</Tabs.Trigger>
          <Tabs.Trigger value="mapping">Mapping</Tabs.Trigger>
          <Tabs.Trigger value="outbox">Outbox</Tabs.Trigger>
          <Tabs.Trigger value="settings">Settings</Tabs.Trigger>
        </Tabs.List>
      </div>
      <div className="border-t">
        <Tabs.Content value="sessions">
          <SessionsTab />
        </Tabs.Content>
        <Tabs.Content value="mapping">
          <MappingTab />
        </Tabs.Content>
        <Tabs.Content value="outbox">
          <OutboxTab />
        </Tabs.Content>
        <Tabs.Content value="settings">
          <SettingsTab />
        </Tabs.Content>
      </div>
    </Tabs>
  </Container>
)

export const config = defineRouteConfig({ label: "1C exchange", icon: ArrowPath })

export default OneCPage
