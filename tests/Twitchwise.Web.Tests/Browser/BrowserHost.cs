using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Twitchwise.Web.Tests.Browser;

/// <summary>What the browser tests need from the machine: Debian's Chromium and axe-core from npm (both installed by .ci/run).</summary>
public static class BrowserRequirements
{
    public const string Chromium = "/usr/bin/chromium";

    public static string AxeScript { get; } = TestPaths.Repo("tests", "Twitchwise.Web.Tests", "node_modules", "axe-core", "axe.min.js");

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static string? Missing() =>
        !File.Exists(Chromium) ? $"{Chromium} is missing (apt-get install chromium)"
        : !File.Exists(AxeScript) ? $"{AxeScript} is missing (npm install in tests/Twitchwise.Web.Tests)"
        : null;
}

/// <summary>
/// A browser test: skipped with the reason outside CI when Chromium or axe-core is missing; in CI (CI=true) it runs and
/// fails loudly instead, so a machine without them can never pass silently.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!BrowserRequirements.InCi && BrowserRequirements.Missing() is { } reason)
        {
            Skip = "Browser test skipped: " + reason + ". In CI this fails instead.";
        }
    }
}

/// <summary>The real app on Kestrel at 127.0.0.1 on a free port (Playwright needs a socket), and one headless Chromium.</summary>
public sealed class BrowserHost : IAsyncLifetime
{
    private readonly WebApplicationFactory<Program> factory = new();
    private IPlaywright? playwright;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public static string Screenshots { get; } = TestPaths.Repo("artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        if (BrowserRequirements.Missing() is { } reason)
        {
            throw new InvalidOperationException("The browser tests cannot run: " + reason);
        }

        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        BaseUrl = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Directory.CreateDirectory(Screenshots);

        playwright = await Playwright.CreateAsync();
        // Web-first assertions wait as long as a page action may (see NewPhonePage); the setting is process-wide, so set once.
        Assertions.SetDefaultExpectTimeout(120_000);
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = BrowserRequirements.Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A phone-sized page (320 px wide unless <paramref name="width"/> says otherwise). <paramref name="forAxe"/> lets axe-core be injected despite the CSP; <paramref name="javaScript"/> off is a browser with scripts disabled.</summary>
    public async Task<IPage> NewPhonePage(bool forAxe = true, bool javaScript = true, int width = 320, int height = 640, string? timeZone = null)
    {
        var context = await Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height },
            BypassCSP = forAxe,
            JavaScriptEnabled = javaScript,
            TimezoneId = timeZone,
        });
        // The warning-sign page can hold some seventy questions; on a loaded 2-core machine filling them all takes longer
        // than Playwright's default 30 s per action, which is a slow machine, not a slow page.
        context.SetDefaultTimeout(120_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await factory.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserHost>
{
    public const string Name = "browser";
}
