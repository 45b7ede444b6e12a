using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.Accounts;
using Signpost.Core.Content;
using Signpost.Web.Features.Editor.ReviewCycle;

namespace Signpost.Web.Tests.Editor.ReviewCycle;

/// <summary>Reminders go out through the app's own mail sender: in tests, .eml files in the data folder.</summary>
public sealed class ReviewReminderMailFolderTests(ReviewReminderMailFolderTests.FolderMailSiteFactory site) : IClassFixture<ReviewReminderMailFolderTests.FolderMailSiteFactory>
{
    [Fact]
    public async Task A_reminder_is_written_as_a_message_to_the_organisations_editor()
    {
        var today = new DateOnly(2026, 1, 5);
        site.Clock.FixedAt = new DateTimeOffset(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        var editor = $"editor-{Guid.NewGuid():N}@example.org";
        await EditorAccounts.EnsureUserAsync(site, Roles.Editor, "halton-camhs", editor);
        string slug;
        var (scope, db) = site.OpenStore();
        await using (scope)
        {
            var service = await db.Services.Where(s => s.Organisation.Slug == "halton-camhs" && s.Status == ContentStatus.Published && s.ValidTo == null).OrderBy(s => s.Slug).FirstAsync();
            service.ReviewBy = today.AddDays(7);
            await db.SaveChangesAsync();
            slug = service.Slug;
        }

        var sent = await site.Services.GetRequiredService<ReviewReminderSender>().SendDueRemindersAsync(CancellationToken.None);

        Assert.Equal(1, sent);
        // Quoted-printable bodies wrap long lines with a soft break ("=" at the end of the line); undone before reading.
        var folder = Path.Combine(site.DataPath, "mail");
        var message = Assert.Single(Directory.GetFiles(folder, "*.eml").Select(f => File.ReadAllText(f).Replace("=\r\n", "")), m => m.Contains(editor));
        Assert.Contains("Subject: Review due:", message);
        Assert.Contains($"/services/{slug}", message);
    }

    public sealed class FolderMailSiteFactory() : ReviewCycleSiteFactory(new Dictionary<string, string>(), realMail: true);
}
