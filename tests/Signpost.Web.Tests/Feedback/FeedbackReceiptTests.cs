using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Feedback;
using Signpost.Web.Tests.Editor;

namespace Signpost.Web.Tests.Feedback;

/// <summary>The receipt code: see, change and delete what you gave, and nothing for a wrong or expired code.</summary>
public sealed class FeedbackReceiptTests(FeedbackWebFactory factory) : IClassFixture<FeedbackWebFactory>
{
    [Fact]
    public async Task The_code_opens_the_answers_as_given()
    {
        var client = EditorAccounts.CreateClient(factory);
        var text = $"Loved the music room\nand the gym {Guid.NewGuid():N}";
        var fields = FeedbackForms.Valid(text);
        fields["wantsReply"] = "yes";
        fields["replyEmail"] = "me@example.org";
        var (code, _) = await FeedbackForms.SendValidAsync(client, FeedbackForms.ServiceUrl, fields, "FeelSafer");

        // Typed in lower case without dashes, as people do.
        var page = await FeedbackForms.OpenReceiptAsync(client, code.Replace("-", "").ToLowerInvariant());

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Your feedback", page.Heading);
        Assert.Contains("Grangeway Senior Youth Club", page.Main.TextContent);
        Assert.Equal("A young person", page.SummaryValue("Who you are"));
        Assert.Equal("14 to 15", page.SummaryValue("Your age"));
        Assert.Equal("WA7", page.SummaryValue("Postcode area"));
        Assert.Equal("Partly", page.SummaryValue("Did the staff listen to you and treat you with respect?"));
        Assert.Equal("I feel safer", page.SummaryValue("Did it help?"));
        Assert.Equal("4: good", page.SummaryValue("Score"));
        Assert.Equal("Yes, to me@example.org", page.SummaryValue("Reply"));
        Assert.Contains("Loved the music room", page.SummaryValue("What you told us"));
        Assert.Single(page.Main.QuerySelectorAll("dd br"));
        Assert.Contains("no-store", page.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Unknown_malformed_and_expired_codes_get_the_same_message()
    {
        var client = EditorAccounts.CreateClient(factory);
        var text = $"Expiring {Guid.NewGuid():N}";
        var (code, _) = await FeedbackForms.SendValidAsync(client, FeedbackForms.ServiceUrl, FeedbackForms.Valid(text));
        var (scope, db) = factory.OpenStore();
        await using (scope)
        {
            await db.FeedbackResponses.Where(f => f.Text == text).ExecuteUpdateAsync(f => f.SetProperty(x => x.ReceiptExpiresAt, DateTime.UtcNow.AddMinutes(-1)));
        }

        var messages = new List<string?>();
        foreach (var typed in new[] { code, ReceiptCode.Generate(), "hello" })
        {
            var page = await FeedbackForms.OpenReceiptAsync(client, typed);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Null(page.Document.QuerySelector(".govuk-summary-list"));
            Assert.NotNull(page.Document.QuerySelector(".govuk-error-summary a[href='#code']"));
            messages.Add(page.ErrorSummary);
        }

        Assert.Single(messages.Distinct());
        Assert.Contains("We cannot find feedback with that code", messages[0]);
    }

    [Fact]
    public async Task Changed_answers_are_saved_and_changed_words_go_back_to_moderation()
    {
        var client = EditorAccounts.CreateClient(factory);
        var text = $"It was OK {Guid.NewGuid():N}";
        var fields = FeedbackForms.Valid(text);
        fields["wantsReply"] = "yes";
        fields["replyEmail"] = "old@example.org";
        var (code, _) = await FeedbackForms.SendValidAsync(client, FeedbackForms.ServiceUrl, fields);
        var original = (await FeedbackForms.FindByTextAsync(factory, text))!;
        var (scope, db) = factory.OpenStore();
        await using (scope)
        {
            // As if an officer had approved it and its quote already.
            await db.FeedbackResponses.Where(f => f.Id == original.Id)
                .ExecuteUpdateAsync(f => f.SetProperty(x => x.Status, FeedbackStatus.Approved).SetProperty(x => x.QuoteApproved, true));
        }

        var receipt = await FeedbackForms.OpenReceiptAsync(client, code);
        var openForm = receipt.Main.QuerySelector("form[action='/feedback/receipt/change?handler=open']")!;
        var opened = await EditorAccounts.ReadPageAsync(await client.PostAsync("/feedback/receipt/change?handler=open", new FormUrlEncodedContent(EditorAccounts.FormValues(openForm))));
        Assert.Equal("Change your feedback", opened.Heading);
        Assert.Equal(text, opened.Main.QuerySelector("textarea#text")!.TextContent);
        Assert.NotNull(opened.Main.QuerySelector("input[name=rating][value='4'][checked]"));

        var form = opened.Main.QuerySelector("form[action='/feedback/receipt/change']")!;
        var values = EditorAccounts.FormValues(form);
        var newText = text + " but the times could be later";
        values.RemoveAll(v => v.Key is "text" or "rating" or "wantsReply" or "replyEmail");
        values.Add(new("text", newText));
        values.Add(new("rating", "3"));
        values.Add(new("wantsReply", "no"));
        var saved = await client.PostAsync("/feedback/receipt/change", new FormUrlEncodedContent(values));
        Assert.Equal("/feedback/thank-you", EditorAccounts.RedirectTarget(saved));
        Assert.Equal("Your changes are saved", (await HtmlPage.GetAsync(client, "/feedback/thank-you")).Heading);

        var changed = (await FeedbackForms.FindByTextAsync(factory, newText))!;
        Assert.Equal(original.Id, changed.Id);
        Assert.Equal(3, changed.Rating);
        Assert.Equal(FeedbackStatus.Pending, changed.Status);
        Assert.False(changed.QuoteApproved);
        Assert.NotNull(changed.UpdatedAt);
        Assert.False(changed.WantsReply);
        (scope, db) = factory.OpenStore();
        await using (scope)
        {
            Assert.False(await db.FeedbackReplyRequests.AnyAsync(r => r.FeedbackResponseId == original.Id));
        }
    }

    [Fact]
    public async Task A_change_with_a_wrong_answer_is_refused_and_changes_nothing()
    {
        var client = EditorAccounts.CreateClient(factory);
        var text = $"Keep me {Guid.NewGuid():N}";
        var (code, _) = await FeedbackForms.SendValidAsync(client, FeedbackForms.ServiceUrl, FeedbackForms.Valid(text));
        var fields = FeedbackForms.Valid(text + " changed");
        fields["code"] = code;
        fields["rating"] = "0";
        var token = (await FeedbackForms.OpenReceiptAsync(client, code)).Main.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        fields["__RequestVerificationToken"] = token;

        var page = await EditorAccounts.ReadPageAsync(await client.PostAsync("/feedback/receipt/change", new FormUrlEncodedContent(fields)));

        Assert.Contains("Choose a score from 1 to 5", page.ErrorSummary);
        var stored = (await FeedbackForms.FindByTextAsync(factory, text))!;
        Assert.Equal(4, stored.Rating);
        Assert.Null(stored.UpdatedAt);
    }

    [Fact]
    public async Task Delete_asks_first_then_removes_the_feedback_its_reply_email_and_themes()
    {
        var client = EditorAccounts.CreateClient(factory);
        var text = $"Please delete this {Guid.NewGuid():N}";
        var fields = FeedbackForms.Valid(text);
        fields["wantsReply"] = "yes";
        fields["replyEmail"] = "delete.me@example.org";
        var (code, _) = await FeedbackForms.SendValidAsync(client, FeedbackForms.ServiceUrl, fields);
        var stored = (await FeedbackForms.FindByTextAsync(factory, text))!;
        var (scope, db) = factory.OpenStore();
        await using (scope)
        {
            if (!await db.FeedbackThemes.AnyAsync(t => t.Slug == "test-theme"))
            {
                db.FeedbackThemes.Add(new FeedbackTheme { Slug = "test-theme", Label = "Test theme" });
            }

            db.FeedbackResponseThemes.Add(new FeedbackResponseTheme { FeedbackResponseId = stored.Id, ThemeSlug = "test-theme" });
            await db.SaveChangesAsync();
        }

        var receipt = await FeedbackForms.OpenReceiptAsync(client, code);
        var deleteForm = receipt.Main.QuerySelector("form[action='/feedback/receipt/delete']")!;
        var confirm = await EditorAccounts.ReadPageAsync(await client.PostAsync("/feedback/receipt/delete", new FormUrlEncodedContent(EditorAccounts.FormValues(deleteForm))));
        Assert.Equal("Are you sure you want to delete your feedback?", confirm.Heading);
        Assert.NotNull(await FeedbackForms.FindByTextAsync(factory, text));

        var confirmForm = confirm.Main.QuerySelector("form[action='/feedback/receipt/delete?handler=confirm']")!;
        var deleted = await client.PostAsync("/feedback/receipt/delete?handler=confirm", new FormUrlEncodedContent(EditorAccounts.FormValues(confirmForm)));
        Assert.Equal("/feedback/thank-you", EditorAccounts.RedirectTarget(deleted));
        Assert.Equal("Your feedback is deleted", (await HtmlPage.GetAsync(client, "/feedback/thank-you")).Heading);

        Assert.Null(await FeedbackForms.FindByTextAsync(factory, text));
        (scope, db) = factory.OpenStore();
        await using (scope)
        {
            Assert.False(await db.FeedbackReplyRequests.AnyAsync(r => r.FeedbackResponseId == stored.Id));
            Assert.False(await db.FeedbackResponseThemes.AnyAsync(t => t.FeedbackResponseId == stored.Id));
        }

        var again = await FeedbackForms.OpenReceiptAsync(client, code);
        Assert.Contains("We cannot find feedback with that code", again.ErrorSummary);
    }

    [Fact]
    public async Task Change_and_delete_without_the_page_go_back_to_the_receipt_page()
    {
        var client = factory.CreatePlainClient();
        Assert.Equal("/feedback/receipt", EditorAccounts.RedirectTarget(await client.GetAsync("/feedback/receipt/change")));
        Assert.Equal("/feedback/receipt", EditorAccounts.RedirectTarget(await client.GetAsync("/feedback/receipt/delete")));
    }
}
