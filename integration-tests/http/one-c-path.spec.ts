// The exchange answered at a configured path as well (a 1C node preset with the Bitrix URL).
process.env.ONE_C_EXCHANGE_LOGIN = "exchange"
process.env.ONE_C_EXCHANGE_PASSWORD = "s3cret-exchange"
process.env.ONE_C_STEP_SECONDS = "0.3"
process.env.ONE_C_FILE_LIMIT = String(4 * 1024)
process.env.ONE_C_EXCHANGE_PATH = "/bitrix/admin/1c_exchange.php"

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import path from "node:path"
import { OneCClient } from "../utils/one-c"

jest.setTimeout(300 * 1000)
const DIR = path.join(__dirname, "../fixtures/1c/01-1c-official-examples")

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    it("runs a whole catalog exchange at ONE_C_EXCHANGE_PATH, in small chunks, and keeps /1c/exchange", async () => {
      const alias = new OneCClient(api, "exchange", "s3cret-exchange", "/bitrix/admin/1c_exchange.php")
      const anon = await api.get(`/bitrix/admin/1c_exchange.php?type=catalog&mode=checkauth`, { validateStatus: () => true })
      expect(anon.status).toBe(401)
      const r = await alias.exchangeFiles("catalog", [
        { name: "import.xml", path: path.join(DIR, "import.xml") },
        { name: "offers.xml", path: path.join(DIR, "offers.xml") },
      ])
      expect(r["import.xml"].lines[0]).toBe("success")
      expect(r["offers.xml"].lines[0]).toBe("success")
      // several 4 KB chunks per file reached the handler raw (no body parser on the alias)
      expect(alias.fileLimit).toBe(4 * 1024)
      // 4 <Товар> of 2 products with 2 characteristics each (productId#characteristicId)
      const products = await getContainer().resolve(Modules.PRODUCT).listProducts({}, { relations: ["variants"], take: null })
      expect(products.map((p) => p.title).sort()).toEqual(["Стол обеденный", "Стулья"])
      expect(products.every((p) => p.variants.length === 2)).toBe(true)

      const plain = await new OneCClient(api).call("catalog", "checkauth")
      expect(plain.lines[0]).toBe("success")
      const put = await api.put(`/bitrix/admin/1c_exchange.php?type=catalog&mode=init`, {}, { validateStatus: () => true })
      expect(put.status).toBe(405)
    })
  },
})
