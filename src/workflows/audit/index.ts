// audit: its workflows and steps (helpers in ./utils stay internal)
export * from "./steps/record-audit"
