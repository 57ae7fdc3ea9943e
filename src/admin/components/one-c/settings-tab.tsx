import { Badge, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { KeyValues, ListState, SectionHeader } from "../common"
import { formatBytes } from "../../lib/format"
import { useApi } from "../../lib/use-api"

type Settings = Record<string, string | number | boolean | null>

/** Label and rendering of the known settings; unknown keys are shown as they come. */
const KNOWN: [key: string, label: string, show?: (v: Settings[string]) => ReactNode][] = [
  ["exchange_url", "Exchange URL (CommerceML)"],
  ["api_url", "JSON API URL"],
  [
    "login",
    "Exchange login",
    (v) =>
      v || (
        <Text size="small" className="text-ui-fg-error">
          not set (ONE_C_EXCHANGE_LOGIN)
        </Text>
      ),
  ],
  [
    "password_set",
    "Exchange password",
    (v) =>
      v ? (
        <Badge size="2xsmall" color="green">
          set
        </Badge>
      ) : (
        <Badge size="2xsmall" color="red">
          not set
        </Badge>
      ),
  ],
  ["push_url", "Order push URL"],
  ["pricing_url", "1C pricing URL"],
  ["schemaVersion", "CommerceML schema version"],
  ["answerEncoding", "Answer encoding"],
  ["fileLimit", "Upload chunk limit", (v) => formatBytes(Number(v))],
  ["stepSeconds", "Work per import step", (v) => `${v} s`],
  ["batchSize", "Apply batch size"],
  ["maxSessionBytes", "Max upload per session", (v) => formatBytes(Number(v))],
  ["zipMaxBytes", "Max unpacked zip size", (v) => formatBytes(Number(v))],
  ["zipMaxEntries", "Max zip entries"],
  ["sweepMissing", "Archive products missing from a full export"],
  ["sessionIdleHours", "Session idle timeout", (v) => `${v} h`],
  ["cookieName", "Session cookie"],
  ["dir", "Upload directory"],
]

const plain = (v: Settings[string]): ReactNode =>
  v === null || v === undefined || v === ""
    ? "—"
    : typeof v === "boolean"
      ? v
        ? "yes"
        : "no"
      : String(v)

/** The connector's effective settings (read-only: they come from the environment). */
export function SettingsTab() {
  const { data, error, loading } = useApi<{ settings: Settings }>("/admin/b2b/one-c/settings")
  const s = data?.settings
  const rows: [string, ReactNode][] = s
    ? [
        ...KNOWN.filter(([k]) => k in s).map(([k, label, show]): [string, ReactNode] => [
          label,
          (show ?? plain)(s[k]),
        ]),
        ...Object.keys(s)
          .filter((k) => !KNOWN.some(([kk]) => kk === k))
          .map((k): [string, ReactNode] => [k, plain(s[k])]),
      ]
    : []
  return (
    <div className="divide-y">
      <SectionHeader
        title="Connector settings"
        subtitle="Effective values from the environment (ONE_C_* variables); the password is never shown."
      />
      <ListState loading={loading} error={error} empty={!s} />
      {s ? <KeyValues rows={rows} /> : null}
    </div>
  )
}
