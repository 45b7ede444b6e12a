using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Signpost.Core.Accounts;
using Signpost.Core.Content;
using Signpost.Core.Feedback;
using Signpost.Data.Accounts;
using Signpost.Web.Infrastructure;
using Signpost.Web.Infrastructure.Mail;

namespace Signpost.Web.Features.Feedback;

/// <summary>Sends "something is wrong with this listing" to the owning organisation's editors and every directory manager, in one message.</summary>
public sealed class ListingProblemNotifier(UserManager<SignpostUser> users, IMailSender mail, IOptions<SignpostOptions> site, TimeProvider clock, ILogger<ListingProblemNotifier> logger)
{
    public static string Describe(ListingProblem problem) => problem switch
    {
        ListingProblem.Closed => "The service has closed",
        ListingProblem.WrongTimes => "The times are wrong",
        ListingProblem.WrongPhone => "The phone number is wrong",
        ListingProblem.WrongAddress => "The address is wrong",
        _ => "Something else is wrong",
    };

    /// <summary>Returns how many people were written to.</summary>
    public async Task<int> NotifyAsync(ListingProblemReport report, Service service, string baseUrl, CancellationToken cancellationToken)
    {
        var recipients = await RecipientsAsync(service.OrganisationId);
        if (recipients.Count == 0)
        {
            logger.LogWarning("A problem with {Service} was reported but there are no editors or directory managers to tell", service.Slug);
            return 0;
        }

        var text = new StringBuilder();
        text.AppendLine("Hello,").AppendLine();
        text.AppendLine($"Someone using {site.Value.SiteName} says there is a problem with this listing:");
        text.AppendLine($"{service.Name}: {baseUrl.TrimEnd('/')}/services/{service.Slug}").AppendLine();
        text.AppendLine($"Problem: {Describe(report.Problem)}.");
        if (!string.IsNullOrWhiteSpace(report.Details))
        {
            text.AppendLine("What they told us:").AppendLine(report.Details);
        }

        text.AppendLine();
        text.AppendLine($"Please check the listing and update it in the editor: {baseUrl.TrimEnd('/')}/editor");
        text.AppendLine("The person who reported it gave no contact details and will not get a reply.");
        try
        {
            await mail.SendAsync(new OutgoingMail(recipients, $"Problem reported: {service.Name}", text.ToString()), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The report is stored either way and listed in the back office.
            logger.LogError(ex, "Could not email the report of a problem with {Service}", service.Slug);
            return 0;
        }

        return recipients.Count;
    }

    private async Task<List<string>> RecipientsAsync(Guid organisationId)
    {
        var now = clock.GetUtcNow();
        bool CanReceive(SignpostUser u) => !string.IsNullOrWhiteSpace(u.Email) && !(u.LockoutEnd > now);
        var editors = (await users.GetUsersInRoleAsync(Roles.Editor)).Where(u => u.OrganisationId == organisationId);
        var managers = await users.GetUsersInRoleAsync(Roles.DirectoryManager);
        return editors.Concat(managers).Where(CanReceive).Select(u => u.Email!).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }
}
