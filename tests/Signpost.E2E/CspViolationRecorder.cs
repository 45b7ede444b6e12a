using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Signpost.E2E;

/// <summary>
/// Collects every Content-Security-Policy violation in a browser context: the
/// <c>securitypolicyviolation</c> events of every document, and Chromium's "Refused to ..."
/// console errors, which also cover violations before the page's own scripts run.
/// </summary>
public sealed class CspViolationRecorder
{
    private const string Binding = "__signpostCspViolation";

    // Added through the DevTools protocol, so the page's own policy does not block it.
    private const string Listener = """
        document.addEventListener('securitypolicyviolation', e => {
          window.__signpostCspViolation(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} on ${e.documentURI} (${e.sourceFile || ''}:${e.lineNumber}) ${e.sample || ''}`);
        });
        """;

    private readonly ConcurrentQueue<string> _violations = new();

    public IReadOnlyCollection<string> Violations => _violations;

    public static async Task<CspViolationRecorder> AttachAsync(IBrowserContext context)
    {
        var recorder = new CspViolationRecorder();
        await context.ExposeFunctionAsync<string, bool>(Binding, violation =>
        {
            recorder._violations.Enqueue(violation);
            return true;
        });
        await context.AddInitScriptAsync(Listener);
        context.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Text.StartsWith("Refused to", StringComparison.Ordinal))
            {
                recorder._violations.Enqueue("console: " + message.Text);
            }
        };
        return recorder;
    }

    /// <summary>Fails the test listing every violation seen so far, if any.</summary>
    public void AssertNone(string context)
    {
        if (!_violations.IsEmpty)
        {
            Assert.Fail($"{_violations.Count} Content-Security-Policy violation(s) by {context}:\n" + string.Join("\n", _violations));
        }
    }
}
