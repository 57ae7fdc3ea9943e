/**
 * HTML → PDF with the system Chromium, driven by puppeteer-core (which never downloads a browser).
 *
 * One browser is launched lazily and shared by all renders; a small pool of tabs is reused, so a render costs
 * a setContent + printToPDF rather than a browser start (~1 s) or a new tab (~50 ms). Renders beyond the pool
 * size wait for a free tab. Pages cannot reach the network: every request except data: URLs is aborted, and
 * page JavaScript is off (templates are static HTML).
 *
 * If Chromium crashes or disconnects, the next render launches a new one; a render caught by the crash is
 * retried once on the new browser. A tab whose render failed is closed and replaced lazily.
 */
import { mkdtempSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import puppeteer, { type Browser, type HTTPRequest, type Page } from "puppeteer-core"
import { documentsSettings } from "./settings"

export interface PdfRendererOptions {
  /** Chromium binary; default the module option documents.chromiumPath (CHROMIUM_PATH) or /usr/bin/chromium. */
  executablePath?: string
  /** Tabs kept open and reused, i.e. how many renders run at once. Default 2 (one per core here). */
  pages?: number
  /** Limit for one setContent and for one printToPDF. Default 30 s. */
  timeoutMs?: number
}

export interface RendererStats {
  /** Browsers launched so far (1 unless Chromium crashed or close() was called in between). */
  launches: number
  /** Successful renders. */
  renders: number
  /** Tabs open in the current browser. */
  pages: number
}

const LAUNCH_ARGS = [
  "--no-sandbox",
  "--disable-dev-shm-usage",
  "--disable-gpu",
  // Same glyph metrics whatever the host's fontconfig hinting says, so layouts do not shift between machines.
  "--font-render-hinting=none",
]

const PDF_OPTIONS = {
  format: "A4",
  printBackground: true,
  preferCSSPageSize: true,
  // Tagged (accessibility-structured) PDF output costs ~35 ms of a ~90 ms 50-line invoice; documents for
  // accounting do not need it, and text extraction (pdftotext, 1C import) works the same without it.
  tagged: false,
} as const

/** A counting semaphore: at most `permits` holders, the rest wait in FIFO order. */
class Semaphore {
  private readonly waiting: (() => void)[] = []
  constructor(private permits: number) {}

  async acquire(): Promise<void> {
    if (this.permits > 0) {
      this.permits--
      return
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve))
  }

  release(): void {
    const next = this.waiting.shift()
    if (next) next()
    else this.permits++
  }
}

/** Marks a render failure caused by the browser going away, so that render() may retry it. */
class BrowserGone extends Error {
  constructor(readonly original: unknown) {
    super("Chromium disconnected during the render")
  }
}

/** One launched browser with its tabs; dropped as a whole when the browser goes away. */
interface Session {
  browser: Browser
  userDataDir: string
  idle: Page[]
  open: Set<Page>
  alive: boolean
}

/** Kills a browser's whole process group at once (synchronous, so it also works in an "exit" handler). */
function killBrowserProcess(browser: Browser): void {
  const pid = browser.process()?.pid
  if (!pid) return
  try {
    // puppeteer starts Chromium detached, as the leader of its own process group: -pid reaches its children too.
    process.kill(-pid, "SIGKILL")
  } catch {
    try {
      process.kill(pid, "SIGKILL")
    } catch {
      // already gone
    }
  }
}

const removeDir = (dir: string) => rmSync(dir, { recursive: true, force: true, maxRetries: 2 })

/** Only inline resources load; anything that would touch the network or the disk is refused. */
function offlineOnly(request: HTTPRequest): void {
  if (request.isInterceptResolutionHandled()) return
  if (request.url().startsWith("data:")) void request.continue()
  else void request.abort("blockedbyclient")
}

export class PdfRenderer {
  private readonly executablePath: string
  private readonly size: number
  private readonly timeoutMs: number
  private readonly slots: Semaphore

  private session: Promise<Session> | null = null
  private current: Session | null = null
  /** Bumped by close(): a render that failed because of close() is not retried on a new browser. */
  private epoch = 0
  private launches = 0
  private renders = 0

  constructor({
    executablePath = documentsSettings().chromiumPath,
    pages = 2,
    timeoutMs = 30_000,
  }: PdfRendererOptions = {}) {
    if (!Number.isInteger(pages) || pages < 1)
      throw new Error(`PdfRenderer: pages must be a positive integer`)
    this.executablePath = executablePath
    this.size = pages
    this.timeoutMs = timeoutMs
    this.slots = new Semaphore(pages)
  }

  /** Renders a complete HTML document to an A4 PDF (a @page rule in the document's CSS takes precedence). */
  async render(html: string): Promise<Buffer> {
    const epoch = this.epoch
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.renderOnce(html)
      } catch (error) {
        if (!(error instanceof BrowserGone)) throw error
        // The browser died under this render (crash, OOM kill): try once more on a fresh one, unless that
        // was close() or the fresh one died as well.
        if (attempt >= 2 || epoch !== this.epoch) throw error.original
      }
    }
  }

  stats(): RendererStats {
    return { launches: this.launches, renders: this.renders, pages: this.current?.open.size ?? 0 }
  }

  /** Closes the browser (renders in flight fail). A later render launches a new one. */
  async close(): Promise<void> {
    this.epoch++
    const pending = this.session
    this.session = null
    this.current = null
    const session = await pending?.catch(() => null)
    if (!session) return
    session.alive = false
    try {
      await session.browser.close()
    } catch {
      killBrowserProcess(session.browser)
    }
    removeDir(session.userDataDir)
  }

  /** Synchronous last resort for process exit: kills Chromium and removes its profile. */
  killSync(): void {
    const session = this.current
    this.session = null
    this.current = null
    if (!session) return
    session.alive = false
    killBrowserProcess(session.browser)
    removeDir(session.userDataDir)
  }

  private async renderOnce(html: string): Promise<Buffer> {
    await this.slots.acquire()
    let session: Session | undefined
    let page: Page | undefined
    let ok = false
    try {
      session = await this.getSession()
      page = await this.takePage(session)
      await page.setContent(html, { waitUntil: "load", timeout: this.timeoutMs })
      const pdf = await page.pdf({ ...PDF_OPTIONS, timeout: this.timeoutMs })
      ok = true
      this.renders++
      return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength)
    } catch (error) {
      if (session && !session.browser.connected) throw new BrowserGone(error)
      throw error
    } finally {
      if (session && page) this.returnPage(session, page, ok)
      this.slots.release()
    }
  }

  /** The running browser, launching one if there is none (concurrent callers share one launch). */
  private getSession(): Promise<Session> {
    if (!this.session) {
      const launching: Promise<Session> = this.launch().then(
        (session) => {
          // close() may have been called while Chromium was starting; it closes this one itself.
          if (this.session === launching) this.current = session
          return session
        },
        (error) => {
          // A failed launch must not stick: the next render tries again.
          if (this.session === launching) this.session = null
          throw error
        }
      )
      this.session = launching
    }
    return this.session
  }

  private async launch(): Promise<Session> {
    const userDataDir = mkdtempSync(path.join(os.tmpdir(), "documents-chromium-"))
    let browser: Browser
    try {
      browser = await puppeteer.launch({
        executablePath: this.executablePath,
        headless: true,
        // A pipe instead of a WebSocket: slightly faster, and Chromium exits by itself if this process dies.
        pipe: true,
        userDataDir,
        args: LAUNCH_ARGS,
        // The host application owns its signals; the "exit" hook of getRenderer() cleans up instead.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        // A safety net for a hung CDP call; setContent and pdf have their own, shorter limits.
        protocolTimeout: Math.max(60_000, this.timeoutMs * 2),
      })
    } catch (error) {
      removeDir(userDataDir)
      throw error
    }
    this.launches++
    const session: Session = { browser, userDataDir, idle: [], open: new Set(), alive: true }
    browser.once("disconnected", () => {
      if (!session.alive) return // close() or killSync() already cleans up
      session.alive = false
      if (this.current === session) {
        this.current = null
        this.session = null
      }
      killBrowserProcess(browser) // whatever is left of it
      removeDir(userDataDir)
    })
    return session
  }

  private async takePage(session: Session): Promise<Page> {
    for (let page = session.idle.pop(); page; page = session.idle.pop()) {
      if (!page.isClosed()) return page
      session.open.delete(page)
    }
    const page = await session.browser.newPage()
    session.open.add(page)
    try {
      await page.setJavaScriptEnabled(false)
      await page.setRequestInterception(true)
      page.on("request", offlineOnly)
    } catch (error) {
      session.open.delete(page)
      await page.close().catch(() => undefined)
      throw error
    }
    return page
  }

  /** Back to the pool if it rendered fine; otherwise closed (the pool refills lazily). */
  private returnPage(session: Session, page: Page, ok: boolean): void {
    if (ok && session.alive && !page.isClosed() && session.idle.length < this.size) {
      session.idle.push(page)
      return
    }
    session.open.delete(page)
    if (session.alive && !page.isClosed()) void page.close().catch(() => undefined)
  }
}

let shared: PdfRenderer | null = null

/**
 * The process-wide renderer (pool size from the module option documents.renderPages (DOCUMENTS_RENDER_PAGES), default 2). Chromium is killed when the
 * process exits; call `getRenderer().close()` for an orderly shutdown before that.
 */
export function getRenderer(): PdfRenderer {
  if (!shared) {
    const renderer = new PdfRenderer({ pages: documentsSettings().renderPages })
    process.once("exit", () => renderer.killSync())
    shared = renderer
  }
  return shared
}
