using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Feedback;
using Signpost.Web.Tests.Editor;

namespace Signpost.Web.Tests.Feedback;

/// <summary>Sending feedback through the public form: what is stored, what is refused, and that refusals store nothing.</summary>
public sealed class FeedbackSubmissionTests(FeedbackWebFactory factory) : IClassFixture<FeedbackWebFactory>
{
    [Fact]
    public async Task The_form_has_the_questions_the_exit_button_and_a_hidden_honeypot()
    {
        var page = await HtmlPage.GetAsync(factory.CreatePlainClient(), FeedbackForms.ServiceUrl);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Tell us what you think", page.Heading);
        Assert.NotNull(page.Document.QuerySelector(".govuk-exit-this-page a[href]"));
        foreach (var name in new[] { "respondent", "ageBand", "postcode", "easyToGetTo", "listened", "confidential", "timesRight", "outcomes", "rating", "text", "mayQuote", "wantsReply", "replyEmail", "sex", "ethnicity", "disability" })
        {
            Assert.True(page.Main.QuerySelector($"[name='{name}']") is not null, $"No field named {name}");
        }

        var honeypot = page.Main.QuerySelector("input[name=website]")!;
        Assert.Equal("off", honeypot.GetAttribute("autocomplete"));
        Assert.Equal("-1", honeypot.GetAttribute("tabindex"));
        Assert.NotNull(honeypot.Closest(".govuk-visually-hidden"));
        Assert.Equal("Leave this empty", page.Main.QuerySelector("label[for=website]")!.TextContent);
        Assert.NotNull(page.Main.QuerySelector(".govuk-character-count[data-maxlength='2000'] textarea#text"));
        Assert.NotNull(page.Main.QuerySelector("input[name=__RequestVerificationToken]"));
    }

    [Theory]
    [InlineData("/services/castlefields-youth-club/feedback")]
    [InlineData("/services/no-such-service/feedback")]
    [InlineData("/services/castlefields-youth-club/report-a-problem")]
    public async Task Withdrawn_and_unknown_services_have_no_form(string url)
    {
        var response = await factory.CreatePlainClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Valid_feedback_is_stored_exactly_as_given_and_pending()
    {
        var client = EditorAccounts.CreateClient(factory);
        var text = $"The youth workers were brilliant {Guid.NewGuid():N}";
        var fields = FeedbackForms.Valid(text);
        fields["wantsReply"] = "yes";
        fields["replyEmail"] = "young.person@example.org";
        fields["sex"] = "female";
        fields["ethnicity"] = "prefer-not-to-say";
        fields["disability"] = "no";
        var before = DateTime.UtcNow;

        var (code, thankYou) = await FeedbackForms.SendValidAsync(client, FeedbackForms.ServiceUrl, fields, "Happier", "MoreConfident");

        Assert.Equal("Thank you for your feedback", thankYou.Document.QuerySelector("h1")!.TextContent.Trim());
        var stored = await FeedbackForms.FindByTextAsync(factory, text);
        Assert.NotNull(stored);
        var (scope, db) = factory.OpenStore();
        await using (scope)
        {
            var service = await db.Services.AsNoTracking().SingleAsync(s => s.Slug == FeedbackForms.ServiceSlug);
            Assert.Equal(service.Id, stored.ServiceId);
            Assert.Equal(service.OrganisationId, stored.OrganisationId);
            var reply = await db.FeedbackReplyRequests.AsNoTracking().SingleAsync(r => r.FeedbackResponseId == stored.Id);
            Assert.Equal("young.person@example.org", reply.Email);
        }

        Assert.Equal(FeedbackStatus.Pending, stored.Status);
        Assert.Equal(FeedbackChannel.Website, stored.Channel);
        Assert.Equal(RespondentType.YoungPerson, stored.Respondent);
        Assert.Equal("14-15", stored.AgeBand);
        Assert.Equal("WA7", stored.PostcodeDistrict);
        Assert.Equal(ExperienceAnswer.Yes, stored.EasyToGetTo);
        Assert.Equal(ExperienceAnswer.Partly, stored.ListenedAndRespected);
        Assert.Equal(ExperienceAnswer.NotSure, stored.Confidential);
        Assert.Equal(ExperienceAnswer.No, stored.TimesRight);
        Assert.Equal(FeedbackOutcomes.Happier | FeedbackOutcomes.MoreConfident, stored.Outcomes);
        Assert.Equal(4, stored.Rating);
        Assert.True(stored.MayQuote);
        Assert.False(stored.QuoteApproved);
        Assert.True(stored.WantsReply);
        Assert.Equal("female", stored.Sex);
        Assert.Equal("prefer-not-to-say", stored.Ethnicity);
        Assert.Equal("no", stored.Disability);
        Assert.False(stored.Urgent);
        Assert.False(stored.IsDemo);
        Assert.Equal(ReceiptCode.Hash(code), stored.ReceiptHash);
        Assert.InRange(stored.ReceiptExpiresAt, before.AddDays(90).AddMinutes(-1), DateTime.UtcNow.AddDays(90).AddMinutes(1));
        Assert.Equal(FeedbackDuplicateKey.For(stored.ServiceId, RespondentType.YoungPerson, 4, text), stored.DuplicateKey);
    }

    [Fact]
    public async Task The_receipt_code_is_shown_once_and_never_in_an_address()
    {
        var client = EditorAccounts.CreateClient(factory);
        var response = await FeedbackForms.SendAsync(client, FeedbackForms.ServiceUrl, FeedbackForms.Valid($"Shown once {Guid.NewGuid():N}"));
        Assert.Equal("/feedback/thank-you", EditorAccounts.RedirectTarget(response));

        var first = await HtmlPage.GetAsync(client, "/feedback/thank-you");
        var code = first.Document.QuerySelector("[data-receipt-code]")!.TextContent.Trim();
        Assert.Contains("no-store", first.Headers.CacheControl?.ToString());
        var again = await HtmlPage.GetAsync(client, "/feedback/thank-you");
        Assert.Null(again.Document.QuerySelector("[data-receipt-code]"));
        Assert.DoesNotContain(code, again.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Have_your_say_stores_general_feedback_without_a_service()
    {
        var client = EditorAccounts.CreateClient(factory);
        var text = $"More things to do on Sundays please {Guid.NewGuid():N}";
        var fields = FeedbackForms.Valid(text);
        fields["respondent"] = "ParentCarer";
        fields["postcode"] = "WA8";

        await FeedbackForms.SendValidAsync(client, "/have-your-say", fields, "LessWorried");

        var stored = await FeedbackForms.FindByTextAsync(factory, text);
        Assert.NotNull(stored);
        Assert.Null(stored.ServiceId);
        Assert.Null(stored.OrganisationId);
        Assert.Equal(RespondentType.ParentCarer, stored.Respondent);
        Assert.Equal("WA8", stored.PostcodeDistrict);
        Assert.Equal(FeedbackOutcomes.LessWorried, stored.Outcomes);
    }

    [Theory]
    [InlineData("respondent", "", "respondent", "Choose who you are")]
    [InlineData("respondent", "Robot", "respondent", "Choose who you are from the list")]
    [InlineData("rating", "", "rating", "Choose a score from 1 to 5")]
    [InlineData("rating", "6", "rating", "Choose a score from 1 to 5")]
    [InlineData("postcode", "NOT A POSTCODE", "postcode", "Enter the first part of a postcode")]
    [InlineData("postcode", "WA7 2G", "postcode", "Enter the first part of a postcode")]
    [InlineData("ageBand", "12-99", "ageBand", "Choose your age from the list")]
    [InlineData("easyToGetTo", "Maybe", "easyToGetTo", "Choose Yes, Partly, No or Not sure")]
    [InlineData("wantsReply", "yes", "replyEmail", "Enter your email address so we can reply")]
    [InlineData("sex", "unknown", "sex", "Choose an answer from the list")]
    [InlineData("ethnicity", "1", "ethnicity", "Choose an answer from the list")]
    public async Task Each_wrong_answer_gets_a_clear_error_and_nothing_is_stored(string field, string value, string errorField, string message)
    {
        var client = EditorAccounts.CreateClient(factory);
        var text = $"Invalid {field} {Guid.NewGuid():N}";
        var fields = FeedbackForms.Valid(text);
        fields[field] = value;

        var page = await EditorAccounts.ReadPageAsync(await FeedbackForms.SendAsync(client, FeedbackForms.ServiceUrl, fields));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.StartsWith("Error:", page.Document.Title);
        var link = page.Document.QuerySelector($".govuk-error-summary a[href='#{errorField}']");
        Assert.NotNull(link);
        Assert.Contains(message, link.TextContent);
        Assert.NotNull(page.Document.GetElementById(errorField));
        Assert.NotNull(page.Document.GetElementById(errorField + "-error"));
        Assert.Null(await FeedbackForms.FindByTextAsync(factory, text));
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("name@example")]
    [InlineData("two words@example.org")]
    public async Task A_wrong_reply_email_is_refused(string email)
    {
        var client = EditorAccounts.CreateClient(factory);
        var text = $"Bad email {Guid.NewGuid():N}";
        var fields = FeedbackForms.Valid(text);
        fields["wantsReply"] = "yes";
        fields["replyEmail"] = email;

        var page = await EditorAccounts.ReadPageAsync(await FeedbackForms.SendAsync(client, FeedbackForms.ServiceUrl, fields));

        Assert.Contains("Enter an email address like name@example.com", page.ErrorSummary);
        Assert.Null(await FeedbackForms.FindByTextAsync(factory, text));
    }

    [Fact]
    public async Task An_unknown_outcome_is_refused()
    {
        var client = EditorAccounts.CreateClient(factory);
        var text = $"Bad outcome {Guid.NewGuid():N}";

        var page = await EditorAccounts.ReadPageAsync(await FeedbackForms.SendAsync(client, FeedbackForms.ServiceUrl, FeedbackForms.Valid(text), "Happier", "1024"));

        Assert.Contains("Choose from the list", page.ErrorSummary);
        Assert.Null(await FeedbackForms.FindByTextAsync(factory, text));
    }

    [Fact]
    public async Task Text_over_2000_characters_is_refused_and_2000_is_accepted()
    {
        var client = EditorAccounts.CreateClient(factory);
        var marker = Guid.NewGuid().ToString("N");
        var tooLong = marker + new string('a', 2001 - marker.Length);
        var justRight = marker + new string('b', 2000 - marker.Length);

        var page = await EditorAccounts.ReadPageAsync(await FeedbackForms.SendAsync(client, FeedbackForms.ServiceUrl, FeedbackForms.Valid(tooLong)));
        Assert.Contains("2,000 characters or fewer", page.ErrorSummary);
        Assert.Null(await FeedbackForms.FindByTextAsync(factory, tooLong));

        await FeedbackForms.SendValidAsync(client, FeedbackForms.ServiceUrl, FeedbackForms.Valid(justRight));
        Assert.NotNull(await FeedbackForms.FindByTextAsync(factory, justRight));
    }

    [Fact]
    public async Task A_filled_honeypot_gets_a_plain_rejection_and_nothing_is_stored()
    {
        var client = EditorAccounts.CreateClient(factory);
        var text = $"Buy cheap things {Guid.NewGuid():N}";
        var fields = FeedbackForms.Valid(text);
        fields["website"] = "https://spam.example";

        var page = await EditorAccounts.ReadPageAsync(await FeedbackForms.SendAsync(client, FeedbackForms.ServiceUrl, fields));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("We could not accept this feedback", page.ErrorSummary);
        Assert.Null(await FeedbackForms.FindByTextAsync(factory, text));
    }

    [Fact]
    public async Task The_same_feedback_twice_is_stored_once()
    {
        var client = EditorAccounts.CreateClient(factory);
        var text = $"Really good trips {Guid.NewGuid():N}";
        await FeedbackForms.SendValidAsync(client, FeedbackForms.ServiceUrl, FeedbackForms.Valid(text));

        // Other case and spacing, same words: still the same feedback.
        var page = await EditorAccounts.ReadPageAsync(await FeedbackForms.SendAsync(client, FeedbackForms.ServiceUrl, FeedbackForms.Valid("  " + text.ToUpperInvariant() + "!")));

        Assert.Contains("We already have this feedback", page.ErrorSummary);
        var (scope, db) = factory.OpenStore();
        await using (scope)
        {
            var key = FeedbackDuplicateKey.For((await db.Services.SingleAsync(s => s.Slug == FeedbackForms.ServiceSlug)).Id, RespondentType.YoungPerson, 4, text);
            Assert.Equal(1, await db.FeedbackResponses.CountAsync(f => f.DuplicateKey == key));
        }
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_nothing_is_stored()
    {
        var text = $"Forged {Guid.NewGuid():N}";
        var client = factory.CreatePlainClient();

        var response = await client.PostAsync(FeedbackForms.ServiceUrl, new FormUrlEncodedContent(FeedbackForms.Valid(text)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await FeedbackForms.FindByTextAsync(factory, text));
    }

    [Fact]
    public async Task Markup_in_the_text_is_stored_as_text_and_shown_inert_on_the_receipt_page()
    {
        var client = EditorAccounts.CreateClient(factory);
        var text = $"<script>alert('x')</script><img src=x onerror=alert(1)> {Guid.NewGuid():N}";

        var (code, _) = await FeedbackForms.SendValidAsync(client, FeedbackForms.ServiceUrl, FeedbackForms.Valid(text));
        Assert.NotNull(await FeedbackForms.FindByTextAsync(factory, text));

        var receipt = await FeedbackForms.OpenReceiptAsync(client, code);
        Assert.Equal("Your feedback", receipt.Heading);
        Assert.Empty(receipt.Main.QuerySelectorAll("script"));
        Assert.Empty(receipt.Main.QuerySelectorAll("img"));
        Assert.Contains("<script>alert('x')</script>", receipt.Main.TextContent);
        Assert.DoesNotContain("<script>alert", receipt.Html, StringComparison.Ordinal);
    }
}
