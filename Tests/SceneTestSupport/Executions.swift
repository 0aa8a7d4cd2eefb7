import SceneBundle
public import SceneConfig

/// A planned execution of `page` at `url` in Chromium, built in code.
public func execution(_ page: String, url: String, steps: [Step] = [], task: String = "default",
                      viewport: Viewport = Viewport(name: "small", width: 640, height: 480)) -> PlannedExecution {
    let key = ExecutionKey(page: page, task: task, viewport: viewport.name, browser: "chromium")
    return PlannedExecution(key: key, url: url, referenceURL: nil, viewport: viewport, page: Page(id: page, url: url), steps: steps)
}
