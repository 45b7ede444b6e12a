using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Signpost.E2E;

/// <summary>
/// One headless Debian Chromium for the whole <see cref="E2ECollection"/>;
/// each page gets its own browser context so cookies and storage never leak
/// between tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>The narrowest phone width the site must work at (WCAG 1.4.10 reflow).</summary>
    public const int NarrowWidth = 320;

    public const int WideWidth = 1280;

    public const int ViewportHeight = 800;

    // Playwright's own browser downloads are blocked here, so use the distro
    // build. SIGNPOST_CHROMIUM overrides it for machines that keep it elsewhere.
    private static readonly string ChromiumPath =
        Environment.GetEnvironmentVariable("SIGNPOST_CHROMIUM") is { Length: > 0 } path
            ? path
            : "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", // runs as root in CI, where the sandbox cannot start
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
    ];

    private readonly ConcurrentBag<IBrowserContext> _contexts = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Browser not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium not found at {ChromiumPath}. Install Debian's chromium package (test.sh does) or set SIGNPOST_CHROMIUM.");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>
    /// A fresh, isolated context at the given viewport width. Dispose it
    /// (<c>await using</c>) when the test ends to free the browser's memory early.
    /// </summary>
    /// <param name="javaScriptEnabled">False to browse as someone whose scripts failed or are switched off.</param>
    public async Task<IBrowserContext> NewContextAsync(int width, string? baseUrl = null, bool javaScriptEnabled = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = ViewportHeight },
            BaseURL = baseUrl,
            Locale = "en-GB",
            JavaScriptEnabled = javaScriptEnabled,
        });
        _contexts.Add(context);
        return context;
    }

    /// <summary>
    /// A page in its own fresh context. The context is closed with the fixture
    /// at the latest; call <c>page.Context.CloseAsync()</c> to free it sooner.
    /// </summary>
    public async Task<IPage> NewPageAsync(int width, string? baseUrl = null)
    {
        var context = await NewContextAsync(width, baseUrl);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            try
            {
                await context.CloseAsync();
            }
            catch (PlaywrightException)
            {
                // Already closed by the test, or the browser is gone.
            }
        }

        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
