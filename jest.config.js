const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", decorators: true, tsx: true },
      transform: { react: { runtime: "automatic" } },
    },
  },
]

module.exports = {
  transform: { "^.+\\.[jt]sx?$": swc },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  // .data/e2e-build holds a copy of src/ (the e2e suite builds there): never tests of their own
  modulePathIgnorePatterns: [
    "dist/",
    "<rootDir>/.medusa/",
    "<rootDir>/storefront/",
    "<rootDir>/.data/",
  ],
  setupFiles: ["./integration-tests/setup.js"],
}

const byType = {
  unit: ["**/src/**/__tests__/**/*.unit.spec.[jt]s", "**/integration-tests/unit/**/*.spec.[jt]s"],
  "integration:modules": [
    "**/src/modules/*/__tests__/**/*.spec.[jt]s",
    "**/integration-tests/modules/**/*.spec.[jt]s",
  ],
  "integration:http": ["**/integration-tests/http/**/*.spec.[jt]s"],
  plugin: ["**/integration-tests/plugin/**/*.spec.[jt]s"],
}
const type = process.env.TEST_TYPE
if (type && byType[type]) {
  module.exports.testMatch = byType[type]
  if (type === "integration:modules") {
    module.exports.testPathIgnorePatterns = ["\\.unit\\.spec\\.[jt]s$"]
  }
}
