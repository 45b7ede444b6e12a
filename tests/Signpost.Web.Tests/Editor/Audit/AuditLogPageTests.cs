using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Web.Features.Editor.Audit;
using Signpost.Web.Tests.Account;

namespace Signpost.Web.Tests.Editor.Audit;

public sealed class AuditLogPageTests(AccountsWebFactory factory) : IClassFixture<AccountsWebFactory>
{
    private async Task AddEntriesAsync(params AuditEntry[] entries)
    {
        var (scope, db) = factory.OpenStore();
        await using (scope)
        {
            db.AuditLog.AddRange(entries);
            await db.SaveChangesAsync();
        }
    }

    private static IEnumerable<string> Whos(HtmlPage page) =>
        page.Document.QuerySelectorAll("#audit-entries tbody tr").Select(r => r.Children[1].TextContent.Trim());

    [Fact]
    public async Task Entries_show_newest_first_with_who_what_and_ip_and_filter_by_action_and_user()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        await AddEntriesAsync(
            new AuditEntry { At = DateTime.UtcNow.AddMinutes(-30), UserEmail = $"older-{tag}@example.org", Action = AuditActions.Published, Target = "service:youth-club", IpAddress = "198.51.100.1" },
            new AuditEntry { At = DateTime.UtcNow.AddMinutes(-10), UserEmail = $"newer-{tag}@example.org", Action = AuditActions.Published, Target = "service:youth-club", IpAddress = "198.51.100.2" },
            new AuditEntry { At = DateTime.UtcNow.AddMinutes(-20), UserEmail = $"other-{tag}@example.org", Action = AuditActions.Exported, IpAddress = "198.51.100.3" });
        var admin = await EditorAccounts.SignedInClientAsync(factory, Roles.Administrator);

        var byUser = await HtmlPage.GetAsync(admin, $"/editor/audit?user={tag}");
        var byAction = await HtmlPage.GetAsync(admin, $"/editor/audit?user={tag}&action={AuditActions.Published}");
        var everything = await HtmlPage.GetAsync(admin, "/editor/audit");

        Assert.Equal(HttpStatusCode.OK, byUser.Status);
        Assert.Equal([$"newer-{tag}@example.org", $"other-{tag}@example.org", $"older-{tag}@example.org"], Whos(byUser));
        Assert.Equal([$"newer-{tag}@example.org", $"older-{tag}@example.org"], Whos(byAction));
        Assert.Contains("198.51.100.2", byAction.Document.QuerySelector("#audit-entries tbody tr")!.TextContent);
        Assert.Contains("service:youth-club", byAction.Document.QuerySelector("#audit-entries tbody tr")!.TextContent);
        Assert.Contains(everything.Document.QuerySelectorAll("#audit-entries tbody tr"), r => r.GetAttribute("data-action") == AuditActions.SignIn);
    }

    [Fact]
    public async Task Dates_filter_by_uk_day_in_either_typed_form()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        await AddEntriesAsync(
            new AuditEntry { At = new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc), UserEmail = $"march-{tag}@example.org", Action = AuditActions.Saved },
            new AuditEntry { At = new DateTime(2026, 6, 30, 23, 30, 0, DateTimeKind.Utc), UserEmail = $"july-{tag}@example.org", Action = AuditActions.Saved },
            new AuditEntry { At = new DateTime(2026, 6, 30, 22, 30, 0, DateTimeKind.Utc), UserEmail = $"june-{tag}@example.org", Action = AuditActions.Saved });
        var admin = await EditorAccounts.SignedInClientAsync(factory, Roles.Administrator);

        var june = await HtmlPage.GetAsync(admin, $"/editor/audit?user={tag}&from=2026-06-01&to=30%2F6%2F2026");
        var july = await HtmlPage.GetAsync(admin, $"/editor/audit?user={tag}&from=1/7/2026");

        // 23:30 UTC on 30 June is 00:30 on 1 July in British Summer Time.
        Assert.Equal([$"june-{tag}@example.org"], Whos(june));
        Assert.Equal([$"july-{tag}@example.org"], Whos(july));
    }

    [Fact]
    public async Task Bad_dates_and_actions_are_explained_and_linked_from_the_error_summary()
    {
        var admin = await EditorAccounts.SignedInClientAsync(factory, Roles.Administrator);

        var page = await HtmlPage.GetAsync(admin, "/editor/audit?from=31/02/2026&to=yesterday&action=hacked");
        var reversed = await HtmlPage.GetAsync(admin, "/editor/audit?from=2026-05-02&to=2026-05-01");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.StartsWith("Error:", page.Document.Title);
        Assert.Contains("Date from must be a real date", page.ErrorSummary);
        Assert.Contains("Date to must be a real date", page.ErrorSummary);
        Assert.Contains("Select an action from the list", page.ErrorSummary);
        Assert.NotNull(page.Document.QuerySelector(".govuk-error-summary a[href='#from']"));
        Assert.Contains("Date to must be the same as or after date from", reversed.ErrorSummary);
    }

    [Fact]
    public async Task The_log_is_paged_fifty_at_a_time_keeping_the_filters()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var start = DateTime.UtcNow.AddHours(-2);
        await AddEntriesAsync(Enumerable.Range(0, 120).Select(i => new AuditEntry { At = start.AddSeconds(i), UserEmail = $"bulk{i:D3}-{tag}@example.org", Action = AuditActions.Saved }).ToArray());
        var admin = await EditorAccounts.SignedInClientAsync(factory, Roles.Administrator);

        var first = await HtmlPage.GetAsync(admin, $"/editor/audit?user={tag}");
        var nextHref = first.Document.QuerySelector(".govuk-pagination__next a")!.GetAttribute("href")!;
        var second = await HtmlPage.GetAsync(admin, nextHref);
        var third = await HtmlPage.GetAsync(admin, second.Document.QuerySelector(".govuk-pagination__next a")!.GetAttribute("href")!);

        Assert.Equal(50, Whos(first).Count());
        Assert.Equal($"bulk119-{tag}@example.org", Whos(first).First());
        Assert.Contains($"user={tag}", nextHref);
        Assert.Equal(50, Whos(second).Count());
        Assert.Equal(20, Whos(third).Count());
        Assert.Equal($"bulk000-{tag}@example.org", Whos(third).Last());
        Assert.Null(third.Document.QuerySelector(".govuk-pagination__next"));
    }

    [Fact]
    public async Task Retention_deletes_entries_older_than_two_years_and_keeps_the_rest()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        await AddEntriesAsync(
            new AuditEntry { At = DateTime.UtcNow.AddDays(-731), UserEmail = $"old-{tag}@example.org", Action = AuditActions.Saved },
            new AuditEntry { At = DateTime.UtcNow.AddDays(-729), UserEmail = $"recent-{tag}@example.org", Action = AuditActions.Saved });

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<AuditRetention>().PurgeAsync(CancellationToken.None) >= 1);
        }

        var (storeScope, db) = factory.OpenStore();
        await using (storeScope)
        {
            var left = await db.AuditLog.AsNoTracking().Where(e => e.UserEmail!.EndsWith($"-{tag}@example.org")).Select(e => e.UserEmail).ToListAsync();
            Assert.Equal([$"recent-{tag}@example.org"], left);
        }
    }
}
