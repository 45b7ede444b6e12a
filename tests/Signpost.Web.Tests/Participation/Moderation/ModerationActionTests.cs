using System.Net;
using Signpost.Core.Accounts;
using Signpost.Core.Feedback;
using Signpost.Web.Tests.Editor;
using static Signpost.Web.Tests.Participation.ParticipationHttp;

namespace Signpost.Web.Tests.Participation.Moderation;

/// <summary>Each moderation action, as an officer, through the detail page's forms: it changes what it is about, records an event and an audit entry.</summary>
[Collection(ParticipationSiteCollection.Name)]
public sealed class ModerationActionTests(ParticipationSiteFactory site)
{
    [Fact]
    public async Task Approving_with_quote_marks_the_response_approved_and_quotable_and_records_it()
    {
        var id = await FeedbackStore.AddResponseAsync(site);
        var officer = await EditorAccounts.SignedInClientAsync(site, Roles.ParticipationOfficer);

        var response = await EditorAccounts.PostFormAsync(officer, FeedbackUrl(id), "#approve-form", new Dictionary<string, string> { ["approve-quote"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{FeedbackUrl(id)}?done=approved", EditorAccounts.RedirectTarget(response));
        var stored = await FeedbackStore.ReadAsync(site, id);
        Assert.Equal(FeedbackStatus.Approved, stored.Status);
        Assert.True(stored.QuoteApproved);
        Assert.NotNull(stored.ModeratedAt);
        Assert.Equal(FeedbackModerationAction.Approved, Assert.Single(await FeedbackStore.EventsAsync(site, id)).Action);
        Assert.Contains(await AuditDetailsAsync(site, $"feedback:{id}"), d => d.StartsWith("feedback-moderated Approved", StringComparison.Ordinal));
        var page = await HtmlPage.GetAsync(officer, $"{FeedbackUrl(id)}?done=approved");
        Assert.Contains("Feedback approved", page.Main.TextContent);
        Assert.Contains("Approved", page.Document.QuerySelector("#history")!.TextContent);
    }

    [Fact]
    public async Task Quote_approval_is_refused_without_consent_and_nothing_changes()
    {
        var id = await FeedbackStore.AddResponseAsync(site, r => r.MayQuote = false);
        var officer = await EditorAccounts.SignedInClientAsync(site, Roles.ParticipationOfficer);
        var before = await FeedbackStore.StateOfAsync(site, id);

        var detail = await HtmlPage.GetAsync(officer, FeedbackUrl(id));
        Assert.True(detail.Document.QuerySelector("#approve-quote")!.HasAttribute("disabled"));
        var page = await EditorAccounts.ReadPageAsync(await PostActionAsync(officer, id, "Approve", ("approve-quote", "true")));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("did not agree to be quoted", page.ErrorSummary);
        Assert.Equal(before, await FeedbackStore.StateOfAsync(site, id));
    }

    [Fact]
    public async Task Redacting_changes_the_words_and_the_history_says_how_much_without_the_removed_words()
    {
        var id = await FeedbackStore.AddResponseAsync(site, r => r.Text = "Sam Jones the youth worker listened to me and I feel happier now");
        var officer = await EditorAccounts.SignedInClientAsync(site, Roles.ParticipationOfficer);

        var response = await EditorAccounts.PostFormAsync(officer, FeedbackUrl(id), "#redact-form", new Dictionary<string, string>
        {
            ["redacted-text"] = "[name removed] the youth worker listened to me and I feel happier now",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("[name removed] the youth worker listened to me and I feel happier now", (await FeedbackStore.ReadAsync(site, id)).Text);
        var redaction = Assert.Single(await FeedbackStore.EventsAsync(site, id));
        Assert.Equal(FeedbackModerationAction.Redacted, redaction.Action);
        Assert.Equal("Removed 1 passage (8 characters); 2 words put in their place.", redaction.Note);
        Assert.All(await AuditDetailsAsync(site, $"feedback:{id}"), d => Assert.DoesNotContain("Sam", d));
        var page = await HtmlPage.GetAsync(officer, FeedbackUrl(id));
        Assert.DoesNotContain("Sam", page.Document.QuerySelector("#history")!.TextContent);
    }

    [Fact]
    public async Task Redacting_without_a_change_is_refused()
    {
        var id = await FeedbackStore.AddResponseAsync(site);
        var officer = await EditorAccounts.SignedInClientAsync(site, Roles.ParticipationOfficer);
        var before = await FeedbackStore.StateOfAsync(site, id);

        var page = await EditorAccounts.PostFormForPageAsync(officer, FeedbackUrl(id), "#redact-form", new Dictionary<string, string>());

        Assert.Contains("Change the words to redact them", page.ErrorSummary);
        Assert.Equal(before, await FeedbackStore.StateOfAsync(site, id));
    }

    [Fact]
    public async Task Tagging_themes_sets_exactly_the_ticked_known_themes()
    {
        var id = await FeedbackStore.AddResponseAsync(site);
        var times = await FeedbackStore.AddThemeAsync(site, "Opening times (test)");
        var staff = await FeedbackStore.AddThemeAsync(site, "Staff (test)");
        var officer = await EditorAccounts.SignedInClientAsync(site, Roles.ParticipationOfficer);

        await PostActionAsync(officer, id, "Themes", ("themes", times), ("themes", staff), ("themes", "not-a-theme"));
        Assert.Equal(new[] { staff, times }.Order(StringComparer.Ordinal), (await FeedbackStore.ReadAsync(site, id)).Themes.Select(t => t.ThemeSlug).Order(StringComparer.Ordinal));

        await PostActionAsync(officer, id, "Themes", ("themes", times));
        Assert.Equal([times], (await FeedbackStore.ReadAsync(site, id)).Themes.Select(t => t.ThemeSlug));
        var page = await HtmlPage.GetAsync(officer, FeedbackUrl(id));
        Assert.Equal("Opening times (test)", page.Document.QuerySelector("#feedback-themes")!.TextContent.Trim());
    }

    [Fact]
    public async Task Escalating_needs_a_note_and_then_shows_in_the_escalated_filter()
    {
        // Oldest first in the filter: older than any demo feedback, so it is on the first page.
        var id = await FeedbackStore.AddResponseAsync(site, r => r.SubmittedAt = new DateTime(2019, 1, 1, 9, 0, 0, DateTimeKind.Utc));
        var officer = await EditorAccounts.SignedInClientAsync(site, Roles.ParticipationOfficer);
        var editorEmail = $"owning-editor-{Guid.NewGuid():N}@example.org";
        await EditorAccounts.EnsureUserAsync(site, Roles.Editor, EditorAccounts.DefaultEditorOrganisation, editorEmail);

        var refused = await EditorAccounts.ReadPageAsync(await PostActionAsync(officer, id, "Escalate", ("escalate-note", "  ")));
        Assert.Contains("Enter who it is escalated to and why", refused.ErrorSummary);
        Assert.Equal(FeedbackStatus.Pending, (await FeedbackStore.ReadAsync(site, id)).Status);

        var done = await PostActionAsync(officer, id, "Escalate", ("escalate-note", "To Halton Youth Service: a complaint about staff"));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(FeedbackStatus.Escalated, (await FeedbackStore.ReadAsync(site, id)).Status);
        Assert.Equal("To Halton Youth Service: a complaint about staff", Assert.Single(await FeedbackStore.EventsAsync(site, id)).Note);
        var escalated = await HtmlPage.GetAsync(officer, "/editor/participation/feedback?status=escalated");
        Assert.NotNull(escalated.Document.QuerySelector($"tr[data-feedback='{id}']"));
        var approved = await HtmlPage.GetAsync(officer, "/editor/participation/feedback?status=approved");
        Assert.Null(approved.Document.QuerySelector($"tr[data-feedback='{id}']"));

        // The owning organisation's editors are told, with the officer's note and never the person's words.
        var mails = Directory.GetFiles(Path.Combine(site.DataPath, "mail"), "*.eml").Select(File.ReadAllText).ToList();
        var mail = Assert.Single(mails, m => m.Contains($"(response {id})", StringComparison.Ordinal));
        Assert.Contains(editorEmail, mail);
        Assert.Contains("a complaint about staff", mail);
        Assert.DoesNotContain("Sam the youth worker", mail);
    }

    [Fact]
    public async Task Rejecting_keeps_the_response_out_of_the_waiting_queue()
    {
        var id = await FeedbackStore.AddResponseAsync(site, r => r.Text = "buy cheap watches http://spam.example");
        var officer = await EditorAccounts.SignedInClientAsync(site, Roles.ParticipationOfficer);

        await PostActionAsync(officer, id, "Reject");

        Assert.Equal(FeedbackStatus.Rejected, (await FeedbackStore.ReadAsync(site, id)).Status);
        var queue = await HtmlPage.GetAsync(officer, "/editor/participation/feedback?urgent=false");
        Assert.Null(queue.Document.QuerySelector($"tr[data-feedback='{id}']"));
    }

    [Fact]
    public async Task Marking_replied_records_it_and_the_email_is_shown_only_to_officers()
    {
        var id = await FeedbackStore.AddResponseAsync(site, r => r.WantsReply = true);
        await FeedbackStore.AddReplyRequestAsync(site, id, "parent@example.org");
        var officer = await EditorAccounts.SignedInClientAsync(site, Roles.ParticipationOfficer);

        var detail = await HtmlPage.GetAsync(officer, FeedbackUrl(id));
        Assert.Equal("parent@example.org", detail.Document.QuerySelector("#reply-email")!.TextContent);
        await PostActionAsync(officer, id, "Replied");

        Assert.Contains("replied=", await FeedbackStore.StateOfAsync(site, id));
        Assert.DoesNotContain("replied= ", await FeedbackStore.StateOfAsync(site, id));
        Assert.NotNull((await HtmlPage.GetAsync(officer, FeedbackUrl(id))).Document.QuerySelector("#replied"));

        // Approved, an editor of the organisation reads the response but never the address.
        await PostActionAsync(officer, id, "Approve");
        var editor = await EditorAccounts.SignedInClientAsync(site, Roles.Editor);
        var editorView = await HtmlPage.GetAsync(editor, $"/editor/feedback/{id}");
        Assert.Equal(HttpStatusCode.OK, editorView.Status);
        Assert.DoesNotContain("parent@example.org", editorView.Html);
    }

    [Fact]
    public async Task Free_text_with_markup_is_shown_as_text()
    {
        var id = await FeedbackStore.AddResponseAsync(site, r => r.Text = "<script>alert('x')</script><img src=x onerror=alert(1)> great club");
        var officer = await EditorAccounts.SignedInClientAsync(site, Roles.ParticipationOfficer);

        var detail = await HtmlPage.GetAsync(officer, FeedbackUrl(id));
        var queue = await HtmlPage.GetAsync(officer, "/editor/participation/feedback");

        Assert.Empty(detail.Main.QuerySelectorAll("script, img"));
        Assert.Contains("<script>alert('x')</script>", detail.Document.QuerySelector("#feedback-text")!.TextContent);
        Assert.Empty(queue.Main.QuerySelectorAll("script, img"));
    }
}
