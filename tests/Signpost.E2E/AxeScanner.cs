using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace Signpost.E2E;

/// <summary>One axe-core rule that failed, with the elements that failed it.</summary>
public sealed record AxeViolation(string Id, string? Impact, string Help, string HelpUrl, IReadOnlyList<AxeNode> Nodes);

/// <summary>One element that failed a rule: its CSS selector path and its markup.</summary>
public sealed record AxeNode(IReadOnlyList<string> Target, string Html, string? FailureSummary);

/// <summary>
/// Runs axe-core (from the web project's npm devDependencies) in a page and
/// reports WCAG 2.2 AA failures, plus axe's landmark and heading best practices
/// (<see cref="StructureRules"/>).
/// </summary>
public static class AxeScanner
{
    /// <summary>The WCAG levels the site promises: A and AA of 2.0, 2.1 and 2.2.</summary>
    public static readonly IReadOnlyList<string> WcagTags =
        ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>
    /// axe's "best-practice" rules for page structure, run as well as the WCAG
    /// tags: screen reader users move by landmark and heading, so content outside
    /// landmarks, duplicate landmarks and skipped heading levels count as failures.
    /// </summary>
    public static readonly IReadOnlyList<string> StructureRules =
    [
        "region",
        "landmark-one-main",
        "landmark-unique",
        "landmark-no-duplicate-banner",
        "landmark-no-duplicate-contentinfo",
        "landmark-no-duplicate-main",
        "landmark-banner-is-top-level",
        "landmark-contentinfo-is-top-level",
        "landmark-main-is-top-level",
        "landmark-complementary-is-top-level",
        "page-has-heading-one",
        "heading-order",
    ];

    private static readonly Lazy<string> AxeSource = new(LoadAxeSource);

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    // Evaluated through the DevTools protocol rather than added as a <script>
    // tag, so a strict Content-Security-Policy on the site cannot block it.
    // axe's bundle assigns window.axe itself when run inside a function.
    private const string RunAxeScript = """
        async ([tags, structureRules]) => {
          const result = await window.axe.run(document, {
            runOnly: { type: 'tag', values: tags },
            // An explicit "enabled" runs a rule even when runOnly's tags leave it out.
            rules: Object.fromEntries(structureRules.map(id => [id, { enabled: true }])),
            resultTypes: ['violations'],
          });
          return JSON.stringify(result.violations.map(v => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            helpUrl: v.helpUrl,
            nodes: v.nodes.map(n => ({
              target: n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : String(t)),
              html: n.html,
              failureSummary: n.failureSummary,
            })),
          })));
        }
        """;

    /// <summary>Path of axe.min.js: SIGNPOST_AXE_CORE_PATH, else the web project's node_modules.</summary>
    public static string AxeScriptPath =>
        Environment.GetEnvironmentVariable("SIGNPOST_AXE_CORE_PATH") is { Length: > 0 } path
            ? path
            : RepoPaths.InRepo("src", "Signpost.Web", "node_modules", "axe-core", "axe.min.js");

    /// <summary>Scans the page as it is now and returns every violation (empty when clean).</summary>
    public static async Task<IReadOnlyList<AxeViolation>> ScanAsync(IPage page)
    {
        var loaded = await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'");
        if (!loaded)
        {
            await page.EvaluateAsync("() => {\n" + AxeSource.Value + "\n}");
        }

        var json = await page.EvaluateAsync<string>(RunAxeScript, new object[] { WcagTags.ToArray(), StructureRules.ToArray() });
        return JsonSerializer.Deserialize<List<AxeViolation>>(json, JsonOptions) ?? [];
    }

    /// <summary>Fails the test with a readable list of violations, if there are any.</summary>
    public static async Task AssertNoViolationsAsync(IPage page, string? context = null)
    {
        var violations = await ScanAsync(page);
        if (violations.Count > 0)
        {
            Assert.Fail(Describe(violations, context ?? page.Url));
        }
    }

    public static string Describe(IReadOnlyList<AxeViolation> violations, string context)
    {
        var text = new StringBuilder();
        text.AppendLine($"{violations.Count} accessibility violation(s) at {context}:");
        foreach (var v in violations)
        {
            text.AppendLine();
            text.AppendLine($"[{v.Impact ?? "unknown"}] {v.Id}: {v.Help}");
            text.AppendLine($"  {v.HelpUrl}");
            foreach (var node in v.Nodes)
            {
                text.AppendLine($"  - at {string.Join(", ", node.Target)}");
                text.AppendLine($"    {Shorten(node.Html, 300)}");
            }
        }

        return text.ToString();
    }

    private static string Shorten(string html, int max) =>
        html.Length <= max ? html : html[..max] + "…";

    private static string LoadAxeSource()
    {
        var path = AxeScriptPath;
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"axe-core not found at {path}. Building src/Signpost.Web runs 'npm ci' there (its NpmInstall target) " +
                "or set SIGNPOST_AXE_CORE_PATH to an axe.min.js.",
                path);
        }

        return File.ReadAllText(path);
    }
}
