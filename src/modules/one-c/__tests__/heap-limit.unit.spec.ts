import type { LoaderOptions } from "@medusajs/framework/types"
import heapLimitLoader, { HEAP_ADVICE_MB } from "../loaders/heap-limit"

const v8 = require("node:v8")

describe("heap limit warning of a served instance", () => {
  const argv = process.argv
  afterEach(() => {
    process.argv = argv
    jest.restoreAllMocks()
  })
  const run = async (limitMb: number, args: string[]) => {
    jest
      .spyOn(v8, "getHeapStatistics")
      .mockReturnValue({ ...v8.getHeapStatistics(), heap_size_limit: limitMb * 1048576 })
    process.argv = ["node", "medusa", ...args]
    const warn = jest.fn()
    await heapLimitLoader({ logger: { warn } } as unknown as LoaderOptions)
    return warn
  }

  it("warns once when `medusa start` runs with V8's machine-sized limit", async () => {
    const warn = await run(4144, ["start"])
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0][0]).toMatch(/4144 MB.*--max-old-space-size=768/)
  })

  it("is quiet with a limit set, and outside `start` (migrations, exec, tests)", async () => {
    expect(await run(768, ["start"])).not.toHaveBeenCalled()
    expect(await run(HEAP_ADVICE_MB, ["start"])).not.toHaveBeenCalled()
    expect(await run(4144, ["db:migrate"])).not.toHaveBeenCalled()
  })
})
