using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using Signpost.Core.Feedback;
using Signpost.Web.Infrastructure;
using Signpost.Web.Infrastructure.Mail;

namespace Signpost.Web.Features.Feedback;

/// <summary>
/// Tells the designated safeguarding lead that feedback matched a risk phrase. The email carries a
/// link and the categories, never the person's words: mail is copied, forwarded and kept in places
/// the back office does not control.
/// </summary>
public sealed class SafeguardingAlert(IMailSender mail, IOptions<FeedbackOptions> options, IOptions<SignpostOptions> site, ILogger<SafeguardingAlert> logger)
{
    public async Task SendAsync(FeedbackResponse response, string? serviceName, string backOfficeBaseUrl, CancellationToken cancellationToken)
    {
        var link = $"{backOfficeBaseUrl.TrimEnd('/')}/editor/participation/feedback/{response.Id.ToString(CultureInfo.InvariantCulture)}";
        var text = new StringBuilder();
        text.AppendLine("Hello,").AppendLine();
        text.AppendLine($"Feedback sent to {site.Value.SiteName} on {response.SubmittedAt.ToString("d MMMM yyyy 'at' HH:mm", CultureInfo.InvariantCulture)} UTC matched words on the safeguarding list.");
        text.AppendLine($"About: {serviceName ?? "the directory or local services in general"}.");
        text.AppendLine($"Who: {FeedbackWords.Label(FeedbackWords.Respondents, response.Respondent.ToString())}{(response.AgeBand is null ? "" : $", aged {FeedbackAgeBands.Label(response.AgeBand)}")}.");
        text.AppendLine($"Categories: {response.SafeguardingMatches}.").AppendLine();
        text.AppendLine("The words are not in this email. Read them in the back office, and mark the flag as dealt with there:");
        text.AppendLine(link).AppendLine();
        text.AppendLine("The screening only looks for listed words and phrases. It can flag feedback that is not a concern, and it misses concerns said in other words.");
        var message = new OutgoingMail([options.Value.SafeguardingLeadEmail], "Urgent: feedback to check for safeguarding", text.ToString());
        try
        {
            await mail.SendAsync(message, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The feedback is stored and flagged on the dashboard either way; a mail failure must not lose it.
            logger.LogError(ex, "Could not email the safeguarding lead about feedback {Id}; it is flagged urgent on the dashboard", response.Id);
        }
    }
}
