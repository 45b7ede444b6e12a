namespace Signpost.Web.Tests.Feedback;

/// <summary>Where people find the feedback forms: each service page and the footer of every page.</summary>
[Collection(SignpostSiteCollection.Name)]
public sealed class FeedbackLinkTests(SignpostWebFactory factory)
{
    [Fact]
    public async Task A_service_page_links_to_its_feedback_form_and_problem_report()
    {
        var page = await HtmlPage.GetAsync(factory.CreatePlainClient(), "/services/" + FeedbackForms.ServiceSlug);

        var feedback = page.Main.QuerySelector($"a[href='/services/{FeedbackForms.ServiceSlug}/feedback']");
        Assert.NotNull(feedback);
        Assert.StartsWith("Tell us what you think", HtmlPage.Normalise(feedback.TextContent));
        var problem = page.Main.QuerySelector($"a[href='/services/{FeedbackForms.ServiceSlug}/report-a-problem']");
        Assert.Equal("Something wrong with this listing?", problem?.TextContent.Trim());
    }

    [Fact]
    public async Task Every_page_footer_links_to_have_your_say_and_the_page_has_the_exit_button()
    {
        var home = await HtmlPage.GetAsync(factory.CreatePlainClient(), "/");
        Assert.NotNull(home.Document.QuerySelector("footer a[href='/have-your-say']"));

        var haveYourSay = await HtmlPage.GetAsync(factory.CreatePlainClient(), "/have-your-say");
        Assert.Equal("Have your say", haveYourSay.Heading);
        Assert.NotNull(haveYourSay.Document.QuerySelector(".govuk-exit-this-page a[href^='https://']"));
    }

    [Theory]
    [InlineData("/feedback/receipt")]
    [InlineData("/feedback/thank-you")]
    [InlineData("/services/" + FeedbackForms.ServiceSlug + "/feedback")]
    [InlineData("/services/" + FeedbackForms.ServiceSlug + "/report-a-problem")]
    [InlineData("/services/" + FeedbackForms.ServiceSlug + "/report-a-problem/sent")]
    public async Task Every_feedback_page_answers_with_the_exit_button_and_its_no_script_link(string url)
    {
        var page = await HtmlPage.GetAsync(factory.CreatePlainClient(), url);
        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);

        // Without JavaScript the button is a plain link away to a neutral site.
        var exit = page.Document.QuerySelector(".govuk-exit-this-page a.govuk-exit-this-page__button");
        Assert.NotNull(exit);
        Assert.StartsWith("https://", exit.GetAttribute("href"));
        Assert.DoesNotContain("onclick", page.Html, StringComparison.OrdinalIgnoreCase);
    }
}
